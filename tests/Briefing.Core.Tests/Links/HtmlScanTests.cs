using System.Net;
using System.Text.RegularExpressions;
using Briefing.Core.Links;
using Briefing.Testing;

namespace Briefing.Core.Tests.Links;

public partial class HtmlScanTests
{
    // The definition the one-pass scan replaced: two expressions, each finding its matches left to right on its own.
    [GeneratedRegex("""\s(?<name>href|src)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("""\sid\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    private static List<HtmlLink> ReferenceLinks(string html) =>
        [.. LinkAttribute().Matches(html).Select(m => new HtmlLink(m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value)))];

    private static HashSet<string> ReferenceIds(string html) =>
        [.. IdAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value))];

    // Pieces where the scan and the expressions could part ways: names inside longer names, white space of every kind
    // (and none) around '=', either quote, a value left open, '=' and names inside values, an id's value holding a link.
    [Fact]
    public void Links_and_ids_are_what_the_expressions_find_on_random_markup()
    {
        string[] pieces =
        [
            " href", "href", " src", "src", " id", "id", " hid", "data-src", "xhref", "=", " = ", "\t=\n", "\u00a0", "\u2003", "\"", "'",
            "/a/", "&amp;", "x", " ", "<a", ">", "<p", "\"/b/\"", "'/c/'", " id=\" href='/d/'\"", "=\"", "='",
        ];
        var differences = RandomPieces.Where(pieces, seed: 20261202, samples: 30_000, maxPieces: 14, sample =>
            !ReferenceLinks(sample).SequenceEqual(HtmlScan.Links(sample)) || !ReferenceIds(sample).SetEquals(HtmlScan.Ids(sample)));
        Assert.Empty(differences);
    }

    [Fact]
    public void A_link_inside_an_id_s_value_is_found_as_its_expression_finds_it()
    {
        const string html = "<p id=\" href='/inside/'\"><a href=\"/after/\">";

        Assert.Equal([new HtmlLink("href", "/inside/"), new HtmlLink("href", "/after/")], HtmlScan.Links(html));
        Assert.Equal(["\u0020href='/inside/'"], HtmlScan.Ids(html));
        var both = PageLinks.Scan(html);
        Assert.Equal(["/inside/", "/after/"], both.Links.Select(l => l.Url));
        Assert.True(both.Ids.Contains(" href='/inside/'"));
    }

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
