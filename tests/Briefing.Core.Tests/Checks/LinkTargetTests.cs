using Briefing.Core.Checks;

namespace Briefing.Core.Tests.Checks;

public class LinkTargetTests
{
    private const string Base = "https://briefing.example/";

    [Theory]
    [InlineData("/about/", "about/index.html", null)]
    [InlineData("/", "index.html", null)]
    [InlineData("v1/", "briefings/x/v1/index.html", null)]
    [InlineData("../y/#p-2", "briefings/y/index.html", "p-2")]
    [InlineData("#fn:1", "briefings/x/index.html", "fn:1")]
    [InlineData("/assets/style.abc.css?v=2", "assets/style.abc.css", null)]
    [InlineData("/tags/air%20defence/", "tags/air defence/index.html", null)]
    [InlineData("https://briefing.example/briefings/x/", "briefings/x/index.html", null)]
    public void Internal_links_resolve_against_the_page_they_are_on(string url, string path, string? fragment)
    {
        var target = LinkTarget.Resolve("briefings/x/index.html", url, Base);

        Assert.Equal(new LinkTarget(path, fragment), target);
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("tel:+994123")]
    [InlineData("https://briefing.example.org/not-our-base/")]
    public void Links_that_leave_the_site_are_not_checked(string url)
    {
        Assert.Null(LinkTarget.Resolve("index.html", url, Base));
    }
}
