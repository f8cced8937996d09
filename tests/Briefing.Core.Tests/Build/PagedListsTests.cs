using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Core.Build;
using Briefing.Testing;

namespace Briefing.Core.Tests.Build;

/// <summary>Paged lists, read from the product corpus at 300 events built with <c>page_size: 10</c>.</summary>
public sealed class PagedListsTests
{
    private static readonly Lazy<BuildResult> Site = new(() =>
    {
        using var corpus = new ProductCorpus(300, "page_size: 10\n");
        return SiteBuilds.Render(corpus.Input);
    });

    [ProductCorpusFact]
    public void Paged_site_builds_and_passes_the_link_check()
    {
        Assert.Empty(Site.Value.Diagnostics);
    }

    [ProductCorpusFact]
    public void Later_pages_have_stable_urls_and_every_page_holds_entries()
    {
        var pages = Pages("actors/aze/");
        Assert.True(pages.Count > 2, $"actors/aze/ has {pages.Count} pages");
        Assert.Equal("actors/aze/page/2/index.html", pages[1]);
        Assert.All(pages, p => Assert.InRange(Page(p).QuerySelectorAll(".event-item").Length, 1, 10));
        Assert.False(Site.Value.Has("actors/aze/page/1/index.html"));
    }

    [ProductCorpusFact]
    public void Each_page_links_its_neighbours_in_the_head_and_in_a_labelled_pager()
    {
        var second = Page("actors/aze/page/2/index.html");
        Assert.Equal("/actors/aze/", second.QuerySelector("link[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/actors/aze/page/3/", second.QuerySelector("link[rel=next]")?.GetAttribute("href"));
        var pager = second.QuerySelector("main nav.pager")!;
        Assert.Equal("Pages of Azerbaijan (AZE)", pager.GetAttribute("aria-label"));
        Assert.Equal("/actors/aze/", pager.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/actors/aze/page/2/", pager.QuerySelector("a[aria-current=page]")?.GetAttribute("href"));
        Assert.Null(Page("actors/aze/index.html").QuerySelector("link[rel=prev]"));
        Assert.Null(Page(Pages("actors/aze/")[^1]).QuerySelector("link[rel=next]"));
    }

    [ProductCorpusFact]
    public void Every_page_shows_the_total_and_later_pages_say_which_they_are()
    {
        var total = Pages("actors/aze/").Sum(p => Page(p).QuerySelectorAll(".event-item").Length);
        var second = Page("actors/aze/page/2/index.html");
        Assert.Contains($"{total} events", second.QuerySelector("h2.section-title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"11–20 of {total}", second.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith($"(page 2 of {Pages("actors/aze/").Count}) · Briefing (benchmark corpus)", second.Title, StringComparison.Ordinal);
    }

    [ProductCorpusFact]
    public void Tag_and_briefing_lists_page_too()
    {
        Assert.True(Pages("tags/diplomacy/").Count > 1);
        Assert.Equal(3, Pages("briefings/").Count);
        Assert.Equal(10, Page("briefings/page/3/index.html").QuerySelectorAll("article.summary").Length);
    }

    private static List<string> Pages(string list) =>
        Site.Value.Files.Select(f => f.Path)
            .Where(p => p == list + "index.html" || (p.StartsWith(list + "page/", StringComparison.Ordinal) && p.Count(c => c == '/') == list.Count(c => c == '/') + 2))
            .OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)
            .ToList();

    private static IDocument Page(string path) => new HtmlParser().ParseDocument(Site.Value.Text(path));
}
