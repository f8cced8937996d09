using AngleSharp.Html.Parser;
using Briefing.Testing;

namespace Briefing.Core.Tests.Briefings;

/// <summary>The publication's two source documents, published faithfully.</summary>
public class RealBriefingTests
{
    private static readonly Lazy<Core.Build.BuildResult> Site = new(() => SiteBuilds.Render(RepoPaths.Input));

    [Theory]
    [InlineData("000_437af75286ba1fe7.txt", "breaking-bonds", 2)]
    [InlineData("002_3b542e6437b937c4.txt", "august-2025-escalation", 0)]
    public void Every_paragraph_of_the_source_appears_word_for_word(string seed, string slug, int linesAboveBody)
    {
        Assert.True(Site.Value.Succeeded, string.Join("\n", Site.Value.Diagnostics));
        var page = new HtmlParser().ParseDocument(Site.Value.Text(FirstVersionPage(slug)));
        var blocks = page.QuerySelectorAll(".body p, .body h2").Select(e => e.TextContent).ToHashSet(StringComparer.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Fixture("seeds"), seed))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Skip(linesAboveBody)
            .ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Contains(line, blocks));
    }

    /// <summary>Version 1 is the document as received; later versions may correct it.</summary>
    private static string FirstVersionPage(string slug) =>
        Site.Value.Has($"briefings/{slug}/v1/index.html") ? $"briefings/{slug}/v1/index.html" : $"briefings/{slug}/index.html";

    [Fact]
    public void Real_report_page() => Snapshot.Match(Site.Value.Text("briefings/breaking-bonds/index.html"));

    [Fact]
    public void Real_commentary_page() => Snapshot.Match(Site.Value.Text("briefings/august-2025-escalation/index.html"));
}
