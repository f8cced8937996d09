using Briefing.Core.Links;

namespace Briefing.Core.Tests.Links;

public class HtmlScanTests
{
    [Fact]
    public void Finds_href_and_src_and_decodes_entities()
    {
        const string html = """<a class="x" href="/a/?q=1&amp;r=2">A</a><img alt="m" src='/m.png'><link rel="stylesheet" href="/s.css">""";

        Assert.Equal(
            [new HtmlLink("href", "/a/?q=1&r=2"), new HtmlLink("src", "/m.png"), new HtmlLink("href", "/s.css")],
            HtmlScan.Links(html));
    }

    [Fact]
    public void Text_that_looks_like_a_link_is_not_a_link()
    {
        // What a reader sees has its quotes escaped, by Markdig and by the templates alike.
        const string html = "<p>write href=&quot;/x/&quot; or <code>src=&quot;/y.png&quot;</code></p><div data-src=\"/z/\"></div>";

        Assert.Empty(HtmlScan.Links(html));
    }

    [Fact]
    public void Collects_every_id()
    {
        const string html = """<h2 id="background">B</h2><p id="p-1">x</p><li id="fn:1"></li><main  id = "main">""";

        Assert.Equal(new[] { "background", "fn:1", "main", "p-1" }, HtmlScan.Ids(html).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_link_names_its_attribute_with_the_same_two_strings()
    {
        const string html = """<a href="/a/">A</a><img src="/b.png"><a href="/c/">C</a><script src="/d.js"></script>""";

        var links = HtmlScan.Links(html).ToList();

        Assert.Equal(["href", "src", "href", "src"], links.Select(l => l.Attribute));
        Assert.Same(links[0].Attribute, links[2].Attribute);
        Assert.Same(links[1].Attribute, links[3].Attribute);
    }

    // The value is read from the matched text by position: white space around '=', either quote, an '=' or a quote
    // of the other kind inside the value, and entities all come out as the regular expression's groups gave them.
    [Fact]
    public void Values_are_read_whatever_the_spacing_and_quoting()
    {
        const string html = "<a href\t=\n'/a/?x=\"1\"'>A</a><img\nsrc = \"/b.png?y='2'&amp;z=3\"><p\tid\u00a0=\u2003\"p&#45;1\"></p><a href=\"\">E</a>";

        Assert.Equal([new HtmlLink("href", "/a/?x=\"1\""), new HtmlLink("src", "/b.png?y='2'&z=3"), new HtmlLink("href", "")], HtmlScan.Links(html));
        Assert.Equal(["p-1"], HtmlScan.Ids(html));
    }
}
