using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Core.Briefings;
using Briefing.Core.Pages;
using Briefing.Testing;

namespace Briefing.Core.Tests.Briefings;

/// <summary>What each version of the fixture briefing (v1, a correction in v2, an update and a clarification in v3) tells readers.</summary>
public class VersionCuesTests
{
    private static readonly Lazy<Core.Build.BuildResult> Fixture = new(() => SiteBuilds.Render(RepoPaths.Fixture("03-versions")));

    private static IDocument Page(string path)
    {
        Assert.True(Fixture.Value.Succeeded, string.Join("\n", Fixture.Value.Diagnostics));
        return new HtmlParser().ParseDocument(Fixture.Value.Text(path));
    }

    private static string[] Notes(string path) =>
        Page(path).QuerySelectorAll(".change-notes p strong").Select(s => s.TextContent).ToArray();

    [Fact]
    public void Latest_shows_its_own_notes_and_every_earlier_correction_newest_first()
    {
        Assert.Equal(new[] { "Update:", "Clarification:", "Correction:" }, Notes("briefings/harbour-levy/index.html"));
    }

    [Fact]
    public void An_older_version_shows_only_the_notes_made_up_to_it()
    {
        Assert.Equal(new[] { "Correction:" }, Notes("briefings/harbour-levy/v2/index.html"));
        Assert.Empty(Notes("briefings/harbour-levy/v1/index.html"));
    }

    [Fact]
    public void Older_version_banner_counts_versions_and_gives_this_version_date()
    {
        var banner = Page("briefings/harbour-levy/v2/index.html").QuerySelector(".version-banner")!;

        Assert.Equal("You are reading version 2 of 3, published 12 January 2025; read the latest version.", banner.TextContent.Trim());
    }

    [Fact]
    public void Every_version_page_exists_and_only_consecutive_diffs_are_published()
    {
        var paths = Fixture.Value.Files.Select(f => f.Path).Where(p => p.StartsWith("briefings/harbour-levy/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(new[]
        {
            "briefings/harbour-levy/diff/v1-v2/index.html",
            "briefings/harbour-levy/diff/v2-v3/index.html",
            "briefings/harbour-levy/history/index.html",
            "briefings/harbour-levy/index.html",
            "briefings/harbour-levy/v1/index.html",
            "briefings/harbour-levy/v2/index.html",
            "briefings/harbour-levy/v3/index.html",
        }, paths);
    }

    [Fact]
    public void Latest_version_page_names_the_briefing_url_as_canonical_and_older_ones_their_own()
    {
        Assert.Equal("https://versions.example/briefings/harbour-levy/",
            Page("briefings/harbour-levy/v3/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://versions.example/briefings/harbour-levy/v1/",
            Page("briefings/harbour-levy/v1/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Diff_and_history_pages_have_no_script_and_no_inline_style()
    {
        foreach (var path in new[] { "briefings/harbour-levy/diff/v2-v3/index.html", "briefings/harbour-levy/history/index.html", "briefings/harbour-levy/v1/index.html" })
        {
            var page = Page(path);
            Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']), style, [style]"));
        }
    }

    [Fact]
    public void Diff_of_the_update_marks_inserted_and_deleted_words_and_labels_the_new_section()
    {
        var page = Page("briefings/harbour-levy/diff/v2-v3/index.html");

        Assert.All(page.QuerySelectorAll("ins"), ins => Assert.StartsWith("[inserted: ", ins.TextContent, StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("del"), del => Assert.StartsWith("[deleted: ", del.TextContent, StringComparison.Ordinal));
        Assert.Equal(new[] { "New heading:", "New paragraph:" }, page.QuerySelectorAll(".diff-added .diff-label").Select(l => l.TextContent).ToArray());
        Assert.Contains(page.QuerySelectorAll("ins"), ins => ins.TextContent == "[inserted: under twelve metres]");
    }

    [Fact]
    public void Json_ld_escapes_angle_brackets_so_a_title_cannot_close_the_script_block()
    {
        using var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture("03-versions"), "input");
        var v1 = site.Combine("input", "briefings", "harbour-levy", "v1.md");
        File.WriteAllText(v1, File.ReadAllText(v1).Replace("title: The harbour levy", "title: \"Levy </script><script>alert(1)</script>\"", StringComparison.Ordinal));

        var html = SiteBuilds.Render(site.Combine("input"), displayRoot: site.Path).Text("briefings/harbour-levy/v1/index.html");

        Assert.Contains("\"headline\":\"Levy \\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_summary_counts_words_in_plain_english()
    {
        Assert.Equal("No changes to the text.", DiffViewFactory.Summary(VersionDiffer.Compare("Same.\n", "Same.\n")));
        Assert.Equal("2 words inserted, 1 word deleted.", DiffViewFactory.Summary(VersionDiffer.Compare("A b c.\n", "A x y c.\n")));
    }
}
