using Briefing.Core.Build;
using Briefing.Core.Output;
using Briefing.Testing;

namespace Briefing.Core.Tests.Build;

/// <summary>
/// <see cref="SitePipeline.Build"/> writes each page into the staging folder as it is rendered: the
/// published site must still change only when the whole build succeeds, and must be the same bytes
/// as the in-memory render gives.
/// </summary>
public class StreamingBuildTests
{
    private static TempDirectory Minimal()
    {
        return TempDirectory.WithSite("01-minimal");
    }

    private static BuildResult Build(TempDirectory site) =>
        new SitePipeline().Build(SiteBuilds.Options(site.Combine("input"), site.Combine("output"), site.Combine("theme"), site.Path));

    private static TempDirectory RealSite() => TempDirectory.WithRealSite();

    // The real site as well as the minimal one: its tag and actor pages have feeds, which are made after every page from
    // what a build keeps of each page's head once written (PageMeta.Written).
    [Theory]
    [InlineData("minimal")]
    [InlineData("real")]
    public void The_written_site_has_the_bytes_the_in_memory_render_has(string which)
    {
        using var site = which == "real" ? RealSite() : Minimal();

        var built = Build(site);
        var rendered = SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), site.Path);

        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        Assert.Equal(rendered.Files.Select(f => f.Path).Order(StringComparer.Ordinal), built.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.All(rendered.Files, f => Assert.Equal(f.Content, File.ReadAllBytes(site.Combine("output", f.Path))));
    }

    [Fact]
    public void A_rebuild_keeps_the_file_of_an_unchanged_page_and_writes_a_changed_page_afresh()
    {
        // Pages are encoded as they are written; an unchanged one is still recognised and linked from the last site.
        using var site = Minimal();
        Assert.True(Build(site).Succeeded);
        var longAgo = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(site.Combine("output", "index.html"), longAgo);
        File.SetLastWriteTimeUtc(site.Combine("output", "about", "index.html"), longAgo);
        site.Write("input/pages/about.md", "---\nmenu: {weight: 40}\ntitle: About the fixture\n---\n\nA changed first line.\n");

        var rebuilt = Build(site);

        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(site.Combine("output", "index.html")));
        Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(site.Combine("output", "about", "index.html")));
        Assert.Contains("A changed first line.", File.ReadAllText(site.Combine("output", "about", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_still_reports_links_to_a_page_without_its_slash_and_to_an_anchor_the_page_lacks()
    {
        using var site = Minimal();
        site.Write("input/pages/about.md", "---\ntitle: About\n---\n\nLinks [home](/), [again](/about/), [slashless](/about) and [anchor](/about/#nowhere).\n");

        var failed = Build(site);

        Assert.False(failed.Succeeded);
        Assert.Equal(
            [
                "input/pages/about.md:5:60: error: link '/about/#nowhere' goes to an anchor that this page does not have: no element has id 'nowhere'",
                "input/pages/about.md:5:36: warning: link '/about' works only where the server redirects it to '/about/'; write '/about/'",
            ],
            failed.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void A_build_still_reports_a_relative_link_to_no_page_beside_one_that_works()
    {
        using var site = Minimal();
        site.Write("input/pages/about.md", "---\ntitle: About\n---\n\nSee [home](../) and [gone](../nowhere/).\n");

        var failed = Build(site);

        var error = Assert.Single(failed.Diagnostics);
        Assert.Equal("input/pages/about.md:5:21: error: link '../nowhere/' goes to no page of the site", error.ToString());
    }

    [Fact]
    public void A_broken_link_found_after_pages_were_staged_leaves_the_published_site_and_no_staging_folder()
    {
        using var site = Minimal();
        Assert.True(Build(site).Succeeded);
        var before = TreeHash.Of(site.Combine("output"));
        site.Write("input/pages/about.md", "---\ntitle: About\n---\n\nFirst line.\n\nSecond paragraph with [a link](/nowhere/).\n");

        var failed = Build(site);

        // Placing the problem reads the page back from the staging folder before it is discarded.
        var error = Assert.Single(failed.Diagnostics);
        Assert.Equal("input/pages/about.md:7:23: error: link '/nowhere/' goes to no page of the site", error.ToString());
        Assert.Equal(before, TreeHash.Of(site.Combine("output")));
        Assert.False(Directory.Exists(AtomicSiteWriter.SiblingPath(site.Combine("output"), "staging")));
    }
}
