using Briefing.Core.Build;
using Briefing.Testing;

namespace Briefing.Core.Tests.Pages;

/// <summary>Standalone pages may carry a date (a day or a UTC time) and tags, shown on the page.</summary>
public class PageDateAndTagsTests
{
    private static BuildResult Render(string pageFile)
    {
        using var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        site.Write("input/pages/notes.md", pageFile);
        return SiteBuilds.Render(site.Combine("input"), displayRoot: site.Path);
    }

    [Fact]
    public void A_utc_time_is_shown_as_its_day_with_the_full_time_for_machines()
    {
        var result = Render("---\ntitle: Notes\ndate: 2018-07-07T22:58:00Z\ntags: [caching, search]\n---\nBody\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = result.Text("notes/index.html");
        Assert.Contains("<time datetime=\"2018-07-07T22:58:00Z\">7 July 2018</time>", html, StringComparison.Ordinal);
        Assert.Contains("<li>caching</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>search</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_alone_is_shown_without_a_time()
    {
        var result = Render("---\ntitle: Notes\ndate: 2025-02-03\n---\nBody\n");

        Assert.Contains("<time datetime=\"2025-02-03\">3 February 2025</time>", result.Text("notes/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_date_or_tags_shows_neither()
    {
        var result = Render("---\ntitle: Notes\n---\nBody\n");

        var html = result.Text("notes/index.html");
        Assert.DoesNotContain("<time", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"tags\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-02-03T25:00:00Z")]
    [InlineData("2025-02-03T10:00:00+04:00")]
    [InlineData("3 February 2025")]
    public void A_date_that_is_neither_a_real_day_nor_a_utc_time_is_an_error_on_its_line(string date)
    {
        var result = Render($"---\ntitle: Notes\ndate: {date}\n---\nBody\n");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("date", error.Field);
        Assert.Equal(3, error.Line);
        Assert.EndsWith("input/pages/notes.md", error.File, StringComparison.Ordinal);
    }
}
