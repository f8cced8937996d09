using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Core.Build;
using Briefing.Core.Pages;
using Briefing.Testing;

namespace Briefing.Core.Tests.Briefings;

/// <summary>
/// The report's version 2 corrects one missing word. These tests hold the published site to that:
/// every version at its URL, the banner on version 1, and a diff that marks the one word and nothing else.
/// </summary>
public class ReportCorrectionTests
{
    private const string Report = "briefings/breaking-bonds";

    private static readonly Lazy<Core.Build.BuildResult> Site = new(() => SiteBuilds.Render(RepoPaths.Input));

    private static IDocument Page(string path)
    {
        Assert.True(Site.Value.Succeeded, string.Join("\n", Site.Value.Diagnostics));
        return new HtmlParser().ParseDocument(Site.Value.Text(path));
    }

    /// <summary>Text as a sighted reader sees it: the visually hidden labels left out.</summary>
    private static string VisibleText(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden").ToList())
        {
            hidden.Remove();
        }
        return copy.TextContent;
    }

    [Fact]
    public void Version_1_source_file_is_byte_identical_to_the_document_as_first_published()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepoPaths.Input, "briefings", "breaking-bonds", "v1.md"))));
        Assert.Equal("0be36ec13687bdf8f34d928d417be4092c128f70f9fcce6f9f4e5e5c7f299d1a", hash);
    }

    [Fact]
    public void Every_version_has_its_own_page_and_the_briefing_url_shows_version_2()
    {
        var v1 = Page($"{Report}/v1/index.html").QuerySelector(".body")!.TextContent;
        var v2 = Page($"{Report}/v2/index.html").QuerySelector(".body")!.TextContent;
        var latest = Page($"{Report}/index.html").QuerySelector(".body")!.TextContent;

        Assert.Contains("shift away from Russian influence the region.", v1, StringComparison.Ordinal);
        Assert.Contains("shift away from Russian influence in the region.", v2, StringComparison.Ordinal);
        Assert.Equal(v2, latest);
    }

    [Fact]
    public void Version_1_page_carries_the_older_version_banner_and_the_latest_does_not()
    {
        var banner = Page($"{Report}/v1/index.html").QuerySelector(".version-banner");

        Assert.NotNull(banner);
        Assert.Equal("You are reading version 1 of 2, published 21 July 2025; read the latest version.", banner.TextContent.Trim());
        Assert.Equal("/briefings/breaking-bonds/", banner.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(Page($"{Report}/index.html").QuerySelector(".version-banner"));
        Assert.Null(Page($"{Report}/v2/index.html").QuerySelector(".version-banner"));
    }

    [Fact]
    public void Latest_version_shows_dates_links_and_the_labelled_correction_at_the_top()
    {
        var header = Page($"{Report}/index.html").QuerySelector(".briefing-header")!;

        var versions = header.QuerySelector(".versions")!;
        Assert.StartsWith("First published 21 July 2025 · Last updated 23 July 2025", versions.TextContent, StringComparison.Ordinal);
        var links = versions.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(new[] { "/briefings/breaking-bonds/history/", "/briefings/breaking-bonds/diff/v1-v2/" }, links);
        var note = Assert.Single(header.QuerySelectorAll(".change-notes p"));
        Assert.StartsWith("Correction: A word was missing from the paragraph on military exercises", note.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void History_lists_both_versions_newest_first_with_links_to_each_and_to_the_diff()
    {
        var items = Page($"{Report}/history/index.html").QuerySelectorAll("ol.history > li");

        Assert.Equal(2, items.Length);
        Assert.Equal("/briefings/breaking-bonds/v2/", items[0].QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("/briefings/breaking-bonds/v1/", items[1].QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains(items[0].QuerySelectorAll("a"), a => a.GetAttribute("href") == "/briefings/breaking-bonds/diff/v1-v2/");
        Assert.Contains("23 July 2025", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("21 July 2025", items[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Correction:", items[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_page_marks_exactly_the_inserted_word_and_nothing_else()
    {
        var page = Page($"{Report}/diff/v1-v2/index.html");

        var inserted = Assert.Single(page.QuerySelectorAll("ins"));
        Assert.Equal("in", VisibleText(inserted));
        Assert.Equal("[inserted: in]", inserted.TextContent);
        Assert.Empty(page.QuerySelectorAll("del"));
        Assert.Empty(page.QuerySelectorAll(".diff-added, .diff-removed"));
        var changed = Assert.Single(page.QuerySelectorAll(".diff-changed"));
        Assert.EndsWith("shift away from Russian influence in the region.", VisibleText(changed), StringComparison.Ordinal);
        Assert.Equal("1 word inserted, none deleted.", page.QuerySelector(".diff-summary")!.TextContent);
    }

    [Fact]
    public void Diff_page_keeps_every_heading_of_the_report()
    {
        var headings = Page($"{Report}/diff/v1-v2/index.html").QuerySelectorAll(".diff-body h2").Select(h => h.TextContent).ToArray();
        var original = Page($"{Report}/v1/index.html").QuerySelectorAll(".body h2").Select(h => h.TextContent).ToArray();

        Assert.Equal(6, original.Length);
        Assert.Equal(original, headings);
    }

    [Fact]
    public void Json_ld_gives_first_and_last_dates_and_the_correction()
    {
        var script = Page($"{Report}/index.html").QuerySelector("script[type='application/ld+json']")!;
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;

        Assert.Equal("2025-07-21", root.GetProperty("datePublished").GetString());
        Assert.Equal("2025-07-23", root.GetProperty("dateModified").GetString());
        var correction = Assert.Single(root.GetProperty("correction").EnumerateArray());
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.Equal("2025-07-23", correction.GetProperty("datePublished").GetString());
        Assert.StartsWith("A word was missing", correction.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_of_version_1_has_no_correction_yet()
    {
        var script = Page($"{Report}/v1/index.html").QuerySelector("script[type='application/ld+json']")!;
        using var json = JsonDocument.Parse(script.TextContent);

        Assert.Equal("2025-07-21", json.RootElement.GetProperty("dateModified").GetString());
        Assert.False(json.RootElement.TryGetProperty("correction", out _));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("briefings/index.html")]
    public void Lists_show_each_briefing_once_with_updated_only_on_the_one_with_two_versions(string list)
    {
        var summaries = Page(list).QuerySelectorAll("article.summary");
        var byUrl = summaries.ToDictionary(s => s.QuerySelector("h2 a")!.GetAttribute("href")!, s => s, StringComparer.Ordinal);

        Assert.Equal(2, summaries.Length);
        Assert.Equal("Updated", byUrl["/briefings/breaking-bonds/"].QuerySelector(".badge")?.TextContent);
        Assert.Contains("23 July 2025", byUrl["/briefings/breaking-bonds/"].TextContent, StringComparison.Ordinal);
        Assert.Null(byUrl["/briefings/august-2025-escalation/"].QuerySelector(".badge"));
    }
}
