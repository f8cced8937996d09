using System.Net;
using System.Text.RegularExpressions;
using Briefing.Core.Site;
using Briefing.Testing;

namespace Briefing.Core.Tests.Site;

public sealed partial class HtmlTextTests
{
    // The definition HtmlText.Of had before its one-pass scan, kept here as the reference the scan must equal.
    private static string Reference(string html)
    {
        var withoutTags = TagRegex().Replace(BlockTagRegex().Replace(html, " "), "");
        return SpacesRegex().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    [GeneratedRegex(@"</?(p|li|h[1-6]|br|hr|td|th|tr|blockquote|div|ul|ol|dl|dt|dd|table|pre|section|sup)\b[^>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockTagRegex();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacesRegex();

    [Theory]
    [InlineData("<p>Gas &amp; <em>oil</em>:</p>\n<p>&ldquo;deal&rdquo; 5 &gt; 4</p>")]
    [InlineData("<h2 id=\"part-1\">Part 1</h2><p>one<br />two</p><ul>\n<li>a</li><li>b</li>\n</ul>")]
    [InlineData("word<sup>1</sup>word <a href=\"#x\">link</a>ed")]
    [InlineData("<pre><code>a  b\n c</code></pre><blockquote>\n<p>quoted</p>\n</blockquote>")]
    [InlineData("<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>")]
    [InlineData("<P>upper case</P><Br>tags")] // not the renderer's: the regular expressions decide
    [InlineData("<b <p>inner</b>")] // a '<' inside a tag
    [InlineData("unclosed <p tag")]
    [InlineData("<param>p is not param</param><h10>x</h10><pre-x>y</pre-x><p-x>z")]
    [InlineData("&am<em>p;</em> across a tag")]
    [InlineData("\u00a0 &nbsp;spaces\u2003\u2028around\t\r\n ")]
    [InlineData("< p>spaced</ p><>empty<!-- comment --><p\u00e9>accent")]
    [InlineData("<p>words with single spaces</p> lead<em>trail </em>double  space<p>tab\there</p>")] // runs taken whole, and not
    [InlineData(" <em>a</em> b c <em>d</em> <p> </p>  e <b> f</b>g ")]
    [InlineData("")]
    public void Of_equals_the_regular_expressions(string html) => Assert.Equal(Reference(html), HtmlText.Of(html));

    // A rendered body is read from its bytes, without a string of its HTML: the same text as from that string.
    [Theory]
    [InlineData("Gas & \"oil\" < 5 > 4, Şuşa's *emphasis* and `code <b>`")]
    [InlineData("# Part 1\n\n- one\n- two\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\nA note.[^1]\n\n[^1]: The note & more.")]
    [InlineData("> quoted\n>\n> lines\n\n    code  block\n\n[link](https://example.org/?a=1&b=2) &copy; &nbsp;x")]
    public void Of_a_rendered_body_equals_the_regular_expressions_on_its_html(string markdown)
    {
        var body = new Briefing.Core.Markdown.MarkdownRenderer().Render(markdown).Body;
        Assert.Equal(Reference(body.Value), HtmlText.Of(body));
    }

    // Random strings over pieces where the scan and the regular expressions could part ways: block and inline tags in
    // both cases, stray and nested angle brackets, entities split by tags, every kind of white space.
    internal static readonly string[] RandomHtmlPieces =
    [
        "<p>", "</p>", "<P>", "<li>", "</li>", "<h3 id=\"x\">", "</h3>", "<h7>", "<br />", "<br>", "<hr/>", "<sup>", "</sup>",
        "<em>", "</em>", "<a href=\"u?a=1&amp;b=2\">", "</a>", "<param>", "<pre>", "<p-x>", "<div\tclass=\"c\">", "<section\n>",
        "<", ">", "< p>", "<>", "&amp;", "&", "amp;", "&lt;", "&#169;", "&nbsp;", "&ldquo;", " ", "  ", "\n", "\t", "\u00a0",
        "\u2028", "\u3000", "word", "Şuşa", "5", "-", "é",
    ];

    [Fact]
    public void Of_equals_the_regular_expressions_on_random_html()
    {
        var differences = RandomPieces.Where(RandomHtmlPieces, seed: 20261130, samples: 20_000, maxPieces: 13,
            sample => Reference(sample) != HtmlText.Of(sample));
        Assert.Empty(differences);
    }
}
