using Briefing.Core.Site;

namespace Briefing.Core.Tests.Site;

/// <summary>The sitemap asks whether a page's canonical URL is its own address without building that address: the answer must be the string comparison's.</summary>
public class UrlsAbsoluteTests
{
    [Theory]
    [InlineData("https://x.example/events/a/", "https://x.example/", "/events/a/", true)]
    [InlineData("https://x.example/events/a/", "https://x.example", "/events/a/", true)]
    [InlineData("https://x.example/events/a/", "https://x.example//", "/events/a/", true)]
    [InlineData("https://x.example/sub/events/a/", "https://x.example/sub/", "/events/a/", true)]
    [InlineData("https://x.example/events/a", "https://x.example/", "/events/a/", false)]
    [InlineData("https://x.example/events/b/", "https://x.example/", "/events/a/", false)]
    [InlineData("https://y.example/events/a/", "https://x.example/", "/events/a/", false)]
    [InlineData("https://x.example/other/", "https://x.example/", "/events/a/", false)]
    [InlineData("https://x.example/", "https://x.example/", "/", true)]
    [InlineData("https://x.example", "https://x.example/", "/", false)]
    [InlineData("/events/a/", "", "/events/a/", true)]
    public void A_canonical_url_is_the_page_s_own_address_exactly_when_the_strings_are_equal(string candidate, string baseUrl, string url, bool expected)
    {
        Assert.Equal(expected, Urls.IsAbsolute(candidate, baseUrl, url));
        Assert.Equal(candidate == Urls.Absolute(baseUrl, url), Urls.IsAbsolute(candidate, baseUrl, url));
    }
}
