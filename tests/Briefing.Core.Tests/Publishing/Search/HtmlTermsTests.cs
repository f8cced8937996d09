using Briefing.Core.Publishing.Search;
using Briefing.Core.Site;
using Briefing.Core.Templates;
using Briefing.Testing;

namespace Briefing.Core.Tests.Publishing.Search;

public sealed class HtmlTermsTests
{
    private static List<string> Terms(string html)
    {
        var terms = new List<string>();
        HtmlTerms.Tokenize(new TrustedHtml(html), term => terms.Add(term.Text.ToString()));
        return terms;
    }

    // What the index read before: the terms of the body's text as HtmlText makes it.
    private static List<string> OfText(string html) => [.. SearchTokenizer.Terms(HtmlText.Of(html))];

    [Theory]
    [InlineData("<p>Gas &amp; <em>oil</em> talks</p>\n<p>pipe<em>line</em> &quot;deal&quot;</p>", new[] { "gas", "oil", "talks", "pipeline", "deal" })]
    [InlineData("<ul>\n<li>one</li><li>two</li>\n</ul>word<sup>1</sup>note", new[] { "one", "two", "word", "note" })]
    [InlineData("<h2 id=\"part-1\">Part 1</h2><p>Şuşa<br />Baku</p>", new[] { "part", "susa", "baku" })]
    public void Inline_tags_join_words_and_block_tags_and_entities_part_them(string html, string[] expected)
    {
        Assert.Equal(expected, Terms(html));
        Assert.Equal(OfText(html), Terms(html));
    }

    // HTML beyond the one pass (an entity the renderer never writes) is read the slow way. The half-read word before
    // it must not become a term of its own: "caf" is no word of "café au lait".
    [Fact]
    public void Html_the_one_pass_does_not_read_gives_the_terms_of_its_text_and_no_half_words()
    {
        const string html = "<p>Morning caf&#233; au lait</p>";
        Assert.Equal(["morning", "cafe", "au", "lait"], OfText(html));
        Assert.Equal(new HashSet<string>(OfText(html)), new HashSet<string>(Terms(html)));
        Assert.DoesNotContain("caf", Terms(html));
    }

    // HtmlText's own random pieces, with a word an entity it does not read runs into, short words and a combining mark:
    // a document's terms are a set, so the set is what must agree.
    [Fact]
    public void Terms_equal_those_of_the_text_on_random_html()
    {
        string[] pieces = [.. Briefing.Core.Tests.Site.HtmlTextTests.RandomHtmlPieces, "&#233;", "ab", "\u0301"];
        var differences = RandomPieces.Where(pieces, seed: 20261201, samples: 20_000, maxPieces: 13,
            sample => !new HashSet<string>(OfText(sample)).SetEquals(Terms(sample)));
        Assert.Empty(differences);
    }

    [Fact]
    public void A_word_runs_on_from_one_piece_of_text_into_the_next_until_a_break()
    {
        var terms = new List<string>();
        var stream = new SearchTokenizer.TermStream(term => terms.Add(term.Text.ToString()));
        try
        {
            stream.Add("pipe");
            stream.Add("line talks");
            stream.Break();
            stream.Add("gas");
            stream.Forget();
            stream.Add("oil");
            stream.Break();
        }
        finally
        {
            stream.Dispose();
        }
        Assert.Equal(["pipeline", "talks", "oil"], terms);
    }
}
