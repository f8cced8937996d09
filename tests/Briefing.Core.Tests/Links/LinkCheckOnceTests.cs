using Briefing.Core.Links;

namespace Briefing.Core.Tests.Links;

/// <summary>The one-shot link check of <c>build</c> finds what the incremental check finds on its first run.</summary>
public class LinkCheckOnceTests
{
    private static PageLinks Page(string[] hrefs, string[] ids) =>
        new(hrefs.Select(h => new HtmlLink("href", h)).ToList(), new HashSet<string>(ids, StringComparer.Ordinal));

    private static List<string> Messages(IEnumerable<LinkProblem> problems) =>
        problems.OrderBy(p => p.PagePath, StringComparer.Ordinal).Select(p => $"{p.PagePath}: {p.Link.Url}: {p.Message}").ToList();

    // Links repeated across pages, working and broken, so that a verdict remembered for one page is tested on the others.
    private static Dictionary<string, PageLinks> Site() => new(StringComparer.Ordinal)
    {
        ["index.html"] = Page(["/notes/", "/gone/", "/notes/note/#intro", "#top", "#nowhere"], ["main"]),
        ["notes/index.html"] = Page(["/notes/", "/gone/", "/notes/note/#missing", "note/", "/notes", "#main"], []),
        ["notes/note/index.html"] = Page(["/notes/", "/gone/", "/notes/note/#intro", "/notes/note/#missing", "//cdn.example/x.js", "../"], ["intro"]),
        ["about/index.html"] = Page(["/gone/", "/notes/note/#missing", "/index.html#main", "/index.html#nowhere"], []),
    };

    [Fact]
    public void Finds_what_the_incremental_check_finds_on_its_first_run()
    {
        var pages = Site();
        var files = new HashSet<string>(pages.Keys, StringComparer.Ordinal);

        var once = LinkCheckOnce.Check(files, pages);
        var incremental = new LinkCheckState().Check(files, pages);

        Assert.Equal(Messages(incremental), Messages(once));
        Assert.Equal(11, once.Count);
    }

    [Fact]
    public void Each_page_keeps_its_problems_in_the_order_of_its_links()
    {
        var pages = new Dictionary<string, PageLinks>(StringComparer.Ordinal)
        {
            ["index.html"] = Page(["/b/", "/a/", "/c/"], []),
        };

        var once = LinkCheckOnce.Check(new HashSet<string>(pages.Keys, StringComparer.Ordinal), pages);

        Assert.Equal(["/b/", "/a/", "/c/"], once.Select(p => p.Link.Url));
    }

    [Theory]
    [InlineData("/notes/", true)]
    [InlineData("/", true)]
    [InlineData("//cdn.example/x.js", false)]
    [InlineData("#intro", false)]
    [InlineData("note/", false)]
    [InlineData("../", false)]
    public void Only_root_relative_links_resolve_alike_on_every_page(string url, bool same) =>
        Assert.Equal(same, LinkCheckOnce.IsRootRelative(url));
}
