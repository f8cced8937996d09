using Briefing.Testing;

namespace Briefing.Core.Tests.Pages;

/// <summary>A page is in the main navigation only when its front matter asks, so a thousand pages do not weigh on every page.</summary>
public sealed class PageMenuTests
{
    [Fact]
    public void A_page_without_menu_is_not_in_the_navigation_and_one_with_menu_is_placed_by_weight()
    {
        using var site = TempDirectory.WithSite("01-minimal");
        site.Write("input/pages/contact.md", "---\ntitle: Contact\nmenu: {weight: 15}\n---\n\nWrite to us.\n");
        site.Write("input/pages/imprint.md", "---\ntitle: Imprint\n---\n\nWho we are.\n");
        var result = SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), site.Path);
        Assert.Empty(result.Diagnostics);
        var nav = Nav(result.Text("index.html"));
        // Briefings weigh 10, Search 90; the fixture's About asks for 40.
        Assert.Equal(["Briefings", "Contact", "About the fixture", "Search"], nav);
        Assert.True(result.Has("imprint/index.html"));
    }

    [Fact]
    public void With_a_thousand_pages_a_page_weighs_what_it_weighs_with_one()
    {
        using var one = TempDirectory.WithSite("01-minimal");
        using var many = TempDirectory.WithSite("01-minimal");
        for (var i = 0; i < 1000; i++)
        {
            many.Write($"input/pages/page-{i:D4}.md", $"---\ntitle: Page {i}\n---\n\nText {i}.\n");
        }
        var small = SiteBuilds.Render(one.Combine("input"), one.Combine("theme"), one.Path);
        var large = SiteBuilds.Render(many.Combine("input"), many.Combine("theme"), many.Path);
        Assert.Empty(large.Diagnostics);
        Assert.Equal(small.Text("about/index.html").Length, large.Text("about/index.html").Length);
        Assert.Equal(small.Text("index.html").Length, large.Text("index.html").Length);
    }

    private static List<string> Nav(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("header nav a, nav[aria-label] a").Select(a => a.TextContent.Trim()).Distinct().ToList();
    }
}
