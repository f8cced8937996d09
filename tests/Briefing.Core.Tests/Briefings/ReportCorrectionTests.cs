using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Core.Pages;
using Briefing.Testing;

namespace Briefing.Core.Tests.Briefings;

/// <summary>
/// The report's version 2 corrects one missing word; version 3 corrects its summary ("in the first half of 2025")
/// and leaves the text alone. These tests hold the published site to that: every version at its URL, the banner
/// on the older versions, diffs that mark the one word and the summary and nothing else, and the latest version
/// (now version 3) carrying both corrections.
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
    public void Every_version_has_its_own_page_and_the_briefing_url_shows_the_latest()
    {
        var v1 = Page($"{Report}/v1/index.html").QuerySelector(".body")!.TextContent;
        var v2 = Page($"{Report}/v2/index.html").QuerySelector(".body")!.TextContent;
        var v3 = Page($"{Report}/v3/index.html").QuerySelector(".body")!.TextContent;
        var latest = Page($"{Report}/index.html").QuerySelector(".body")!.TextContent;

        Assert.Contains("shift away from Russian influence the region.", v1, StringComparison.Ordinal);
        Assert.Contains("shift away from Russian influence in the region.", v2, StringComparison.Ordinal);
        Assert.Equal(v2, v3);
        Assert.Equal(v3, latest);
    }

    [Fact]
    public void Latest_summary_gives_the_months_the_report_covers()
    {
        var standfirst = Page($"{Report}/index.html").QuerySelector(".standfirst")!.TextContent;
        var earlier = Page($"{Report}/v2/index.html").QuerySelector(".standfirst")!.TextContent;

        Assert.EndsWith("pushed Azerbaijan away from Russia between December 2024 and July 2025.", standfirst, StringComparison.Ordinal);
        Assert.EndsWith("pushed Azerbaijan away from Russia in the first half of 2025.", earlier, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "You are reading version 1 of 3, published 21 July 2025; read the latest version.")]
    [InlineData(2, "You are reading version 2 of 3, published 23 July 2025; read the latest version.")]
    public void Older_version_pages_carry_the_banner(int version, string expected)
    {
        var banner = Page($"{Report}/v{version}/index.html").QuerySelector(".version-banner");

        Assert.NotNull(banner);
        Assert.Equal(expected, banner.TextContent.Trim());
        Assert.Equal("/briefings/breaking-bonds/", banner.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_latest_version_carries_no_banner()
    {
        Assert.Null(Page($"{Report}/index.html").QuerySelector(".version-banner"));
        Assert.Null(Page($"{Report}/v3/index.html").QuerySelector(".version-banner"));
    }

    [Fact]
    public void Latest_version_shows_dates_links_and_both_labelled_corrections_newest_first()
    {
        var header = Page($"{Report}/index.html").QuerySelector(".briefing-header")!;

        var versions = header.QuerySelector(".versions")!;
        Assert.StartsWith("First published 21 July 2025 · Last updated 30 November 2026", versions.TextContent, StringComparison.Ordinal);
        var links = versions.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(new[] { "/briefings/breaking-bonds/history/", "/briefings/breaking-bonds/diff/v2-v3/" }, links);
        var notes = header.QuerySelectorAll(".change-notes p").Select(p => p.TextContent).ToArray();
        Assert.Equal(2, notes.Length);
        Assert.StartsWith("Correction: The summary said these events pushed Azerbaijan away from Russia “in the first half of 2025”", notes[0], StringComparison.Ordinal);
        Assert.StartsWith("Correction: A word was missing from the paragraph on military exercises", notes[1], StringComparison.Ordinal);
    }

    [Fact]
    public void History_lists_every_version_newest_first_with_links_to_each_and_to_its_diff()
    {
        var items = Page($"{Report}/history/index.html").QuerySelectorAll("ol.history > li");

        Assert.Equal(3, items.Length);
        Assert.Equal(
            new[] { "/briefings/breaking-bonds/v3/", "/briefings/breaking-bonds/v2/", "/briefings/breaking-bonds/v1/" },
            items.Select(i => i.QuerySelector("h2 a")!.GetAttribute("href")));
        Assert.Contains(items[0].QuerySelectorAll("a"), a => a.GetAttribute("href") == "/briefings/breaking-bonds/diff/v2-v3/");
        Assert.Contains(items[1].QuerySelectorAll("a"), a => a.GetAttribute("href") == "/briefings/breaking-bonds/diff/v1-v2/");
        Assert.Contains("30 November 2026", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("23 July 2025", items[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("21 July 2025", items[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("Correction:", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Correction:", items[1].TextContent, StringComparison.Ordinal);
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
    public void Diff_from_version_2_to_3_marks_the_summary_and_no_word_of_the_text()
    {
        var page = Page($"{Report}/diff/v2-v3/index.html");

        Assert.Equal("No changes to the text.", page.QuerySelector(".diff-summary")!.TextContent);
        Assert.Equal(new[] { "in the first half of" }, page.QuerySelectorAll("del").Select(d => VisibleText(d).Trim()));
        Assert.Equal(new[] { "between December 2024 and July" }, page.QuerySelectorAll("ins").Select(i => VisibleText(i).Trim()));
        Assert.Empty(page.QuerySelectorAll(".diff-body .diff-changed, .diff-body .diff-added, .diff-body .diff-removed"));
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
        Assert.Equal("2026-11-30", root.GetProperty("dateModified").GetString());
        var corrections = root.GetProperty("correction").EnumerateArray()
            .Select(c => (Type: c.GetProperty("@type").GetString(), Date: c.GetProperty("datePublished").GetString(), Text: c.GetProperty("text").GetString()!))
            .OrderBy(c => c.Date, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(2, corrections.Length);
        Assert.All(corrections, c => Assert.Equal("CorrectionComment", c.Type));
        Assert.Equal(("2025-07-23", true), (corrections[0].Date, corrections[0].Text.StartsWith("A word was missing", StringComparison.Ordinal)));
        Assert.Equal(("2026-11-30", true), (corrections[1].Date, corrections[1].Text.StartsWith("The summary said", StringComparison.Ordinal)));
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
    public void Lists_show_each_briefing_once_with_updated_only_on_the_one_with_later_versions(string list)
    {
        var summaries = Page(list).QuerySelectorAll("article.summary");
        var byUrl = summaries.ToDictionary(s => s.QuerySelector("h2 a")!.GetAttribute("href")!, s => s, StringComparer.Ordinal);

        Assert.Equal(2, summaries.Length);
        Assert.Equal("Updated", byUrl["/briefings/breaking-bonds/"].QuerySelector(".badge")?.TextContent);
        Assert.Contains("30 November 2026", byUrl["/briefings/breaking-bonds/"].TextContent, StringComparison.Ordinal);
        Assert.Null(byUrl["/briefings/august-2025-escalation/"].QuerySelector(".badge"));
    }
}
