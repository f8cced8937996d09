using Briefing.Core.Links;

namespace Briefing.Core.Tests.Links;

/// <summary>
/// A one-shot build settles the plainest links while scanning: only links to files it writes, with nothing the check
/// would have to judge (an anchor, a missing slash, an escape), may be settled there.
/// </summary>
public class KnownPathsTests
{
    private static readonly string[] Files = ["index.html", "events/x/index.html", "events/events.csv", "about/index.html", "a b/index.html"];

    private static readonly KnownPaths Known = new(Files);

    [Theory]
    [InlineData("/")]
    [InlineData("/events/x/")]
    [InlineData("/events/x/index.html")]
    [InlineData("/events/events.csv")]
    [InlineData("/about/")]
    public void A_root_relative_link_without_an_anchor_to_a_file_the_build_writes_works(string url) =>
        Assert.True(Known.Works(url, "events/x/index.html"));

    [Theory]
    [InlineData("../../about/", "events/x/index.html")]
    [InlineData("../x/", "events/y/index.html")]
    [InlineData("../events.csv", "events/x/index.html")]
    [InlineData("x/", "events/index.html")]
    [InlineData("about/", "index.html")]
    [InlineData("../", "about/index.html")]
    [InlineData("../../", "events/x/index.html")]
    public void A_link_relative_to_the_page_without_an_anchor_to_a_file_the_build_writes_works(string url, string page) =>
        Assert.True(Known.Works(url, page));

    [Theory]
    [InlineData("/events/y/")] // no such file
    [InlineData("/about")] // works only through a redirect: the check says so
    [InlineData("/events/x/#p-1")] // the anchor needs the page's ids
    [InlineData("/events/x/#")]
    [InlineData("/events/x/?page=2")]
    [InlineData("/a%20b/")] // escapes are Uri's to read
    [InlineData("/a b/")]
    [InlineData("/events/./x/")]
    [InlineData("/events/../about/")]
    [InlineData("//example.org/about/")]
    [InlineData("https://example.org/about/")]
    [InlineData("about/")] // relative to events/x/: no such file
    [InlineData("../../../about/")] // above the root
    [InlineData("./")]
    [InlineData("../x/#p-1")]
    [InlineData("mailto:a@example.org")]
    [InlineData("#main")]
    [InlineData("")]
    public void Any_other_link_is_left_for_the_check(string url) =>
        Assert.False(Known.Works(url, "events/x/index.html"));

    [Fact]
    public void No_link_it_settles_is_one_the_rules_would_fault_from_the_page_it_is_on()
    {
        var files = Files.ToHashSet(StringComparer.Ordinal);
        var rules = new LinkRules(files, _ => new HashSet<string>(StringComparer.Ordinal));
        string[] urls =
        [
            "/", "/index.html", "/events/x/", "/events/x", "/events/x/index.html", "/events/events.csv", "/events/events.csv/",
            "/about/", "/about/index.html/", "/About/", "/events//x/", "/events/x//", "/a b/", "/a%20b/", "/events/x/#p-1",
            "/missing/", "/events/", "//about/", "/./about/", "/about/.", "/\u00e9/", "../", "../../", "../../../", "../about/",
            "../../about/", "../x/", "x/", "x", "events.csv", "../events.csv", "about/", "about", "./about/", "..", "../..",
            "a:b/", "..//x/", "../x//",
        ];
        string[] pages = ["index.html", "events/x/index.html", "events/y/index.html", "about/index.html", "events/index.html"];

        var settled = pages.SelectMany(page => urls.Where(u => Known.Works(u, page)).Select(u => (Page: page, Url: u))).ToList();

        Assert.Equal(
            [
                ("index.html", "about/"),
                ("events/x/index.html", "../../"),
                ("events/x/index.html", "../../about/"),
                ("events/x/index.html", "../x/"),
                ("events/x/index.html", "../events.csv"),
                ("events/y/index.html", "../../"),
                ("events/y/index.html", "../../about/"),
                ("events/y/index.html", "../x/"),
                ("events/y/index.html", "../events.csv"),
                ("about/index.html", "../"),
                ("about/index.html", "../about/"),
                ("events/index.html", "../"),
                ("events/index.html", "../about/"),
                ("events/index.html", "x/"),
                ("events/index.html", "events.csv"),
            ],
            settled.Where(s => !s.Url.StartsWith('/')));
        Assert.Equal(
            ["/", "/index.html", "/events/x/", "/events/x/index.html", "/events/events.csv", "/about/"],
            settled.Where(s => s.Url.StartsWith('/')).Select(s => s.Url).Distinct());
        Assert.All(settled, s => Assert.Null(rules.Judge(s.Page, new HtmlLink("href", s.Url))));
    }
}
