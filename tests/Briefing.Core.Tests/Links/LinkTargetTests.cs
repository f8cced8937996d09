using Briefing.Core.Links;

namespace Briefing.Core.Tests.Links;

public class LinkTargetTests
{
    [Theory]
    [InlineData("/about/", "about/index.html", null)]
    [InlineData("/", "index.html", null)]
    [InlineData("v1/", "briefings/x/v1/index.html", null)]
    [InlineData("../y/#p-2", "briefings/y/index.html", "p-2")]
    [InlineData("#fn:1", "briefings/x/index.html", "fn:1")]
    [InlineData("/assets/style.abc.css?v=2", "assets/style.abc.css", null)]
    [InlineData("/tags/air%20defence/", "tags/air defence/index.html", null)]
    public void Internal_links_resolve_against_the_page_they_are_on(string url, string path, string? fragment)
    {
        var target = LinkTarget.Resolve("briefings/x/index.html", url);

        Assert.Equal(new LinkTarget(path, fragment), target);
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("tel:+994123")]
    [InlineData("https://fixture.example/about/")]
    [InlineData("javascript:void(0)")]
    public void Links_that_leave_the_site_are_not_checked(string url)
    {
        Assert.Null(LinkTarget.Resolve("index.html", url));
    }

    /// <summary>The fast reading of plain links must agree with <see cref="Uri"/>, the reference, on every kind of link.</summary>
    [Theory]
    [InlineData("/about/")]
    [InlineData("/about")]
    [InlineData("/")]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("#p-3")]
    [InlineData("#fn:1")]
    [InlineData("/briefings/x/v1/#part-2-the-crash")]
    [InlineData("/a/b#c#d")]
    [InlineData("/a/#")]
    [InlineData("/a//b/")]
    [InlineData("/a/./b/")]
    [InlineData("/a/../b/")]
    [InlineData("/a/..")]
    [InlineData("/tags/air%20defence/")]
    [InlineData("/tags/air defence/")]
    [InlineData("/tags/ädä/")]
    [InlineData("/tags/x/#ä")]
    [InlineData("/a/#frag%20x")]
    [InlineData("/a?b=1#c")]
    [InlineData("/a\\b/")]
    [InlineData("v1/")]
    [InlineData("../y/#p-2")]
    [InlineData("/assets/style.abc.css")]
    [InlineData("/a/b.html#x")]
    [InlineData("/{x}/")]
    [InlineData("/a/#x/.y")]
    [InlineData("a/#x/../y")]
    public void Plain_links_resolve_exactly_as_uri_resolves_them(string url)
    {
        Assert.Equal(LinkTarget.ResolveWithUri("briefings/x/index.html", url), LinkTarget.Resolve("briefings/x/index.html", url));
    }

    [Theory]
    [InlineData("briefings/x/index.html", "../post-00001/")]
    [InlineData("briefings/x/index.html", "../../a/b/")]
    [InlineData("briefings/x/index.html", "../../../a/")]
    [InlineData("briefings/x/index.html", "../")]
    [InlineData("briefings/x/index.html", "..")]
    [InlineData("briefings/x/index.html", "../.hidden/")]
    [InlineData("briefings/x/index.html", "../a/./b/")]
    [InlineData("briefings/x/index.html", "../a/../b/")]
    [InlineData("briefings/x/index.html", "./a/")]
    [InlineData("briefings/x/index.html", "a/b.html#p-2")]
    [InlineData("briefings/x/index.html", "a//b/")]
    [InlineData("briefings/x/index.html", "..//a/")]
    [InlineData("index.html", "../a/")]
    [InlineData("index.html", "a/")]
    [InlineData("pages/post-00002/index.html", "../post-00001/#top")]
    [InlineData("tags/ädä/index.html", "../b/")]
    [InlineData("tags/a b/index.html", "../b/")]
    [InlineData("tags/a%20b/index.html", "../b/")]
    [InlineData("a/b.html", "c.html")]
    public void Relative_links_resolve_exactly_as_uri_resolves_them(string page, string url)
    {
        Assert.Equal(LinkTarget.ResolveWithUri(page, url), LinkTarget.Resolve(page, url));
    }
}
