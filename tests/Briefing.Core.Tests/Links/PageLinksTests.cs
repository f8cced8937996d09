using Briefing.Core.Links;

namespace Briefing.Core.Tests.Links;

/// <summary>A page's scan, kept compactly, reads back as the links and ids the HTML holds.</summary>
public class PageLinksTests
{
    private const string Html = """
        <main id="main"><img src="/a.png" alt=""><a href="/notes/">Notes</a>
        <p id="p-2">x <a href="#p-1">back</a></p><p id="p-1"><script src="/s.js"></script><a href='/x/?a=1&amp;b=2'>x</a></p>
        <span id="z"></span><span id="fn:1"></span></main>
        """;

    [Fact]
    public void Links_read_back_in_order_with_their_attributes()
    {
        var scan = PageLinks.Scan(Html);
        HtmlLink[] expected =
        [
            new("src", "/a.png"), new("href", "/notes/"), new("href", "#p-1"), new("src", "/s.js"), new("href", "/x/?a=1&b=2"),
        ];
        Assert.Equal(expected, scan.Links);
        Assert.Equal(expected.Length, scan.Links.Count);
        Assert.Equal(expected[3], scan.Links[3]);
    }

    [Fact]
    public void Ids_answer_membership_for_every_id_and_no_other()
    {
        var ids = PageLinks.Scan(Html).Ids;
        Assert.Equal(5, ids.Count);
        Assert.All(new[] { "main", "p-1", "p-2", "z", "fn:1" }, id => Assert.Contains(id, ids));
        Assert.All(new[] { "", "p-3", "Main", "p-", "zz", "a" }, id => Assert.DoesNotContain(id, ids));
        Assert.Equal(new[] { "fn:1", "main", "p-1", "p-2", "z" }, ids);
    }

    [Fact]
    public void Id_sets_compare_by_their_members()
    {
        var ids = PageLinks.Scan(Html).Ids;
        Assert.True(ids.SetEquals(PageLinks.Scan(Html + "<b id=\"z\"></b>").Ids));
        Assert.False(ids.SetEquals(PageLinks.Scan(Html + "<b id=\"y\"></b>").Ids));
        Assert.True(ids.SetEquals(new HashSet<string> { "z", "p-1", "p-2", "main", "fn:1" }));
        Assert.False(ids.SetEquals(new HashSet<string> { "z" }));
        Assert.True(ids.IsSupersetOf(["z", "main"]));
        Assert.True(ids.Overlaps(["nope", "p-2"]));
        Assert.False(ids.Overlaps(["nope"]));
    }

    [Fact]
    public void Each_scan_holds_only_its_own_pages_links_and_ids_after_larger_pages_on_the_same_thread()
    {
        // Scans on one thread reuse their working list and set: nothing of an earlier page may stay in a later one's scan,
        // whether the earlier page was ordinary or larger than the working storage is kept for.
        var large = string.Concat(Enumerable.Range(0, 5000).Select(i => $"<a id=\"a{i}\" href=\"/l/{i}/\">x</a>"));
        var first = PageLinks.Scan(Html);
        var big = PageLinks.Scan(large);
        var small = PageLinks.Scan("<p id=\"only\"><a href=\"/one/\">one</a></p>");
        var again = PageLinks.Scan(Html);

        Assert.Equal(5000, big.Links.Count);
        Assert.Equal(5000, big.Ids.Count);
        Assert.Equal([new HtmlLink("href", "/one/")], small.Links);
        Assert.Equal(["only"], small.Ids);
        Assert.Equal(first.Links, again.Links);
        Assert.True(first.Ids.SetEquals(again.Ids));
        Assert.Equal(5, first.Ids.Count);
    }

    [Fact]
    public void A_page_without_links_or_ids_scans_empty()
    {
        var scan = PageLinks.Scan("<p>plain</p>");
        Assert.Empty(scan.Links);
        Assert.Empty(scan.Ids);
        Assert.DoesNotContain("p", scan.Ids);
    }

    [Fact]
    public void Scans_sharing_a_pool_share_their_repeated_urls_and_ids()
    {
        var pool = new Briefing.Core.Text.SpanPool(capacity: 16);
        var one = PageLinks.Scan(Html, pool);
        var other = PageLinks.Scan("<p id=\"p-1\"><a href=\"/notes/\">n</a><a href='/x/?a=1&amp;b=2'>x</a></p>", pool);
        Assert.Same(one.Links[1].Url, other.Links[0].Url);
        Assert.Same(one.Links[4].Url, other.Links[1].Url);
        Assert.Same(one.Ids.Single(id => id == "p-1"), other.Ids.Single());
        Assert.Equal(PageLinks.Scan(Html).Links, one.Links);
    }

    [Fact]
    public void With_the_build_s_known_paths_a_scan_keeps_only_the_links_the_check_must_judge()
    {
        var known = new KnownPaths(["notes/index.html", "a.png", "x/index.html"]);

        var scan = PageLinks.Scan(Html + "<a href=\"/gone/\">g</a><a href=\"/notes/#p-1\">n</a><a href=\"/n&#111;tes/\">e</a><a href=\"/x/\">x</a><a href=\"../x/\">r</a><a href=\"../y/\">y</a>", null, (known, "notes/index.html"));

        // /a.png, /notes/, /x/ and ../x/ work; the anchor, the query, the missing pages and the entity stay.
        HtmlLink[] expected =
        [
            new("href", "#p-1"), new("src", "/s.js"), new("href", "/x/?a=1&b=2"), new("href", "/gone/"), new("href", "/notes/#p-1"),
            new("href", "/notes/"), new("href", "../y/"),
        ];
        Assert.Equal(expected, scan.Links);
        Assert.True(scan.Ids.SetEquals(PageLinks.Scan(Html).Ids));
    }
}
