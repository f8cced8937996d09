using Briefing.Core.Markdown;

namespace Briefing.Core.Tests.Security;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.org/a?b=c#d")]
    [InlineData("HTTP://EXAMPLE.ORG/")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("/briefings/x/")]
    [InlineData("../about/")]
    [InlineData("#p-3")]
    [InlineData("?page=2")]
    [InlineData("notes/a:b")]
    [InlineData("//example.org/x")]
    [InlineData("javascript%3Aalert(1)")]
    public void Relative_and_http_https_mailto_addresses_are_allowed(string url) => Assert.True(UrlPolicy.IsAllowed(url));

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData(" \u0001javascript:alert(1)", "javascript")]
    [InlineData("java\tscr\nipt:alert(1)", "javascript")]
    [InlineData("vbscript:msgbox(1)", "vbscript")]
    [InlineData("data:text/html,<script>", "data")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("tel:+994", "tel")]
    public void Every_other_scheme_is_refused_as_a_browser_would_read_it(string url, string scheme)
    {
        Assert.False(UrlPolicy.IsAllowed(url));
        Assert.Equal(scheme, UrlPolicy.Scheme(url));
    }
}
