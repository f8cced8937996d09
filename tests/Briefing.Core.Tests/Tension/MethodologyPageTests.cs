using AngleSharp.Html.Parser;
using Briefing.Core.Build;
using Briefing.Testing;

namespace Briefing.Core.Tests.Tension;

/// <summary>The real publication's methodology page says what the issue requires it to say, and /tension/ links to it.</summary>
public sealed class MethodologyPageTests
{
    private static readonly Lazy<BuildResult> Site = new(() => SiteBuilds.Render(RepoPaths.Input));

    private static string MethodologyText()
    {
        Assert.True(Site.Value.Succeeded, string.Join("\n", Site.Value.Diagnostics));
        return new HtmlParser().ParseDocument(Site.Value.Text("methodology/index.html")).QuerySelector("main")!.TextContent;
    }

    [Theory]
    [InlineData("Goldstein (1992), \"A Conflict-Cooperation Scale for WEIS Events Data\"")]
    [InlineData("Journal of Conflict Resolution 36(2)")]
    [InlineData("Schrodt, Deborah J. Gerner")]
    [InlineData("CAMEO.eventcodes.txt")]
    [InlineData("CAMEO.goldsteinscale.txt")]
    [InlineData("The one-month half-life.")]
    [InlineData("The ±5.0 threshold")]
    [InlineData("two settings are this publication's own")]
    public void Methodology_cites_its_sources_and_names_its_own_choices(string phrase) =>
        Assert.Contains(phrase, MethodologyText(), StringComparison.Ordinal);

    [Fact]
    public void Methodology_works_the_example_through_to_the_published_figures()
    {
        var text = MethodologyText();

        Assert.Contains("S = 190 / 90 = 2.11…, shown as 2.1", text, StringComparison.Ordinal);
        Assert.Contains("39.44…, shown as 39.4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Methodology_explains_vintages_and_the_same_day_order_and_works_a_revision_through()
    {
        var text = System.Text.RegularExpressions.Regex.Replace(MethodologyText(), @"\s+", " ");

        Assert.Contains("Revisions: the index as it stood on any day", text, StringComparison.Ordinal);
        Assert.Contains("first the corrections to events already in the record, then the events recorded late", text, StringComparison.Ordinal);
        Assert.Contains("a correction and a late event that cancel each other out are two revisions, not none", text, StringComparison.Ordinal);
        // The numbers of TensionRevisionsTests.WorkedExample, worked by hand there.
        Assert.Contains("T = 50 − 230 / 14 = 33.57…, shown as 33.6", text, StringComparison.Ordinal);
        Assert.Contains("T = 50 − 30 / 26 = 48.84…, shown as 48.8", text, StringComparison.Ordinal);
        Assert.Contains("March 33.6 → 39.4 (correction) and March 39.4 → 48.8 (recorded late)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Methodology_links_the_event_record_as_data_its_codebook_and_the_revisions()
    {
        Assert.True(Site.Value.Succeeded, string.Join("\n", Site.Value.Diagnostics));
        var links = new HtmlParser().ParseDocument(Site.Value.Text("methodology/index.html")).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/events/events.csv", links);
        Assert.Contains("/events/events.json", links);
        Assert.Contains("/events/codebook/", links);
        Assert.Contains("/tension/revisions.csv", links);
    }

    [Fact]
    public void Real_tension_page_links_the_methodology_and_both_downloads()
    {
        Assert.True(Site.Value.Succeeded, string.Join("\n", Site.Value.Diagnostics));
        var page = new HtmlParser().ParseDocument(Site.Value.Text("tension/index.html"));

        Assert.Equal(["/tension/index.csv", "/tension/index.json", "/methodology/"], page.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")));
        Assert.True(Site.Value.Has("tension/index.csv") && Site.Value.Has("tension/index.json"));
    }
}
