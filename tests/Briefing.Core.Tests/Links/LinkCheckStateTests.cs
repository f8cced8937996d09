using Briefing.Core.Links;

namespace Briefing.Core.Tests.Links;

/// <summary>
/// The incremental link check as <c>serve</c> runs it, on hand-made pages: a rebuild judges again only the pages whose
/// links changed or whose targets appeared, vanished or changed their ids, and finds what a full check finds.
/// </summary>
public class LinkCheckStateTests
{
    // about links to a part of the note and to the list; the list links to the note; the note has ids intro and background.
    private static Dictionary<string, PageLinks> Site(string[]? noteIds = null, string aboutLink = "/notes/note/#background") => new(StringComparer.Ordinal)
    {
        ["about/index.html"] = Page([aboutLink, "/notes/"], []),
        ["notes/index.html"] = Page(["/notes/note/"], []),
        ["notes/note/index.html"] = Page(["/"], noteIds ?? ["intro", "background"]),
        ["index.html"] = Page(["/about/"], []),
    };

    private static PageLinks Page(string[] hrefs, string[] ids) =>
        new(hrefs.Select(h => new HtmlLink("href", h)).ToList(), new HashSet<string>(ids, StringComparer.Ordinal));

    private static HashSet<string> Files(IReadOnlyDictionary<string, PageLinks> pages) => new(pages.Keys, StringComparer.Ordinal);

    private static List<string> Messages(IEnumerable<LinkProblem> problems) =>
        problems.OrderBy(p => p.PagePath, StringComparer.Ordinal).Select(p => $"{p.PagePath}: {p.Message}").ToList();

    [Fact]
    public void A_page_rendered_again_with_the_same_links_and_ids_is_not_judged_again_nor_are_the_pages_linking_to_it()
    {
        var state = new LinkCheckState();
        state.Check(Files(Site()), Site());
        var first = state.PagesJudged;

        // Every page scanned anew (new objects), as after an edit that moved text but no link or id.
        var problems = state.Check(Files(Site()), Site());

        Assert.Equal(4, first);
        Assert.Equal(first, state.PagesJudged);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_page_whose_links_changed_is_the_only_one_judged_again()
    {
        var state = new LinkCheckState();
        state.Check(Files(Site()), Site());
        var before = state.PagesJudged;

        var problems = state.Check(Files(Site()), Site(aboutLink: "/notes/note/#intro"));

        Assert.Equal(before + 1, state.PagesJudged);
        Assert.Empty(problems);
    }

    [Fact]
    public void An_anchor_removed_from_a_page_is_reported_on_the_page_linking_to_it()
    {
        var state = new LinkCheckState();
        state.Check(Files(Site()), Site());

        var problems = state.Check(Files(Site(noteIds: ["intro"])), Site(noteIds: ["intro"]));

        Assert.Equal(
            ["about/index.html: link '/notes/note/#background' goes to an anchor that '/notes/note/' does not have: no element has id 'background'"],
            Messages(problems));
    }

    [Fact]
    public void An_anchor_put_back_clears_the_problem()
    {
        var state = new LinkCheckState();
        state.Check(Files(Site(noteIds: ["intro"])), Site(noteIds: ["intro"]));

        var problems = state.Check(Files(Site()), Site());

        Assert.Empty(problems);
    }

    [Fact]
    public void A_removed_page_is_reported_on_every_page_linking_to_it()
    {
        var state = new LinkCheckState();
        state.Check(Files(Site()), Site());
        var pages = Site();
        pages.Remove("notes/note/index.html");

        var problems = state.Check(Files(pages), pages);

        Assert.Equal(
            [
                "about/index.html: link '/notes/note/#background' goes to no page of the site",
                "notes/index.html: link '/notes/note/' goes to no page of the site",
            ],
            Messages(problems));
    }

    [Fact]
    public void A_removed_file_that_is_not_a_page_is_reported_too()
    {
        static Dictionary<string, PageLinks> WithFeedLink()
        {
            var pages = Site();
            pages["index.html"] = Page(["/about/", "/feed.xml"], []);
            return pages;
        }
        var files = Files(WithFeedLink());
        files.Add("feed.xml");
        var state = new LinkCheckState();
        state.Check(files, WithFeedLink());
        files.Remove("feed.xml");

        var problems = state.Check(files, WithFeedLink());

        Assert.Equal(["index.html: link '/feed.xml' goes to no page of the site"], Messages(problems));
    }

    // Ids removed and put back, links changed and changed back: each site one edit from the one before.
    private static Dictionary<string, PageLinks>[] EditSequence() =>
    [
        Site(),
        Site(noteIds: ["intro"]),
        Site(aboutLink: "/notes/note/#intro"),
        Site(noteIds: []),
        Site(aboutLink: "/notes"),
        Site(),
    ];

    [Fact]
    public void Every_incremental_check_equals_a_full_check()
    {
        var sites = EditSequence();
        var state = new LinkCheckState();
        foreach (var pages in sites)
        {
            var incremental = state.Check(Files(pages), pages);
            var full = new LinkCheckState().Check(Files(pages), pages);

            Assert.Equal(Messages(full), Messages(incremental));
        }
    }

    [Fact]
    public void A_check_told_the_files_are_the_same_finds_what_a_full_check_finds()
    {
        var sites = EditSequence();
        var state = new LinkCheckState();
        var judged = new List<int>();
        foreach (var pages in sites)
        {
            var incremental = state.CheckSameFiles(() => Files(pages), pages);
            var full = new LinkCheckState().Check(Files(pages), pages);

            Assert.Equal(Messages(full), Messages(incremental));
            judged.Add(state.PagesJudged);
        }
        // The first check judges all four pages; then a change to the note's ids re-judges the two pages linking to it
        // (steps 2 to 5), and a link changed back re-judges its own page alone (step 6).
        Assert.Equal([4, 6, 8, 10, 12, 13], judged);
    }

    [Fact]
    public void A_check_told_which_files_came_and_went_finds_what_a_full_check_finds()
    {
        // The list page goes (the about page's link to it breaks), then a page appears that the note links to, then the
        // list comes back: each step is told its additions and removals, as a whole rebuild in serve tells them.
        var withoutList = Site();
        withoutList.Remove("notes/index.html");
        var withNew = Site();
        withNew["notes/note/index.html"] = Page(["/", "/new/"], ["intro", "background"]);
        withNew["new/index.html"] = Page([], []);
        var steps = new (Dictionary<string, PageLinks> Pages, string[] Added, string[] Removed)[]
        {
            (Site(), [], []),
            (withoutList, [], ["notes/index.html"]),
            (withNew, ["notes/index.html", "new/index.html"], []),
            (Site(), [], ["new/index.html"]),
        };
        var state = new LinkCheckState();
        foreach (var (pages, added, removed) in steps)
        {
            var incremental = state.CheckFilesChanged(() => Files(pages), pages, added, removed);
            var full = new LinkCheckState().Check(Files(pages), pages);

            Assert.Equal(Messages(full), Messages(incremental));
        }
        Assert.Contains("about/index.html", Messages(state.CheckFilesChanged(() => Files(withoutList), withoutList, [], ["notes/index.html"]))[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_are_returned_in_page_order_whatever_order_the_pages_were_judged_in()
    {
        var pages = Site(aboutLink: "/missing/");
        pages["index.html"] = Page(["/about/", "/gone/"], []);
        var state = new LinkCheckState();

        var problems = state.Check(Files(pages), pages);

        Assert.Equal(["about/index.html", "index.html"], problems.Select(p => p.PagePath));
    }
}
