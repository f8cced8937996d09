using System.Text;
using System.Text.Json;
using Briefing.Core.Pages;
using Briefing.Core.Publishing.Search;
using Briefing.Core.Site;
using Briefing.Testing;

namespace Briefing.Core.Tests.Publishing.Search;

public class SearchIndexTests
{
    [Fact]
    public void Tokenizer_lowercases_splits_on_punctuation_and_drops_stop_words_and_single_letters()
    {
        var terms = SearchTokenizer.Terms("The Baku–Moscow rift: Azerbaijan’s İlham, 8243 & a SOCAR depot");

        Assert.Equal(["baku", "moscow", "rift", "azerbaijan", "ilham", "8243", "socar", "depot"], terms);
    }

    [Fact]
    public void Index_stores_each_term_once_with_the_documents_that_contain_it()
    {
        SearchDocument[] docs =
        [
            new("Gas deal", "/a/", "Briefing", "2025-02-01", "Pipeline & co", [], "The gas flows"),
            new("Crash", "/b/", "Page", "", "", ["aviation"], "Gas <the> crash"),
        ];

        var json = Encoding.UTF8.GetString(SearchIndex.Write(docs));

        Assert.Equal(
            """{"docs":[["Gas deal","/a/","Briefing","2025-02-01","Pipeline & co"],["Crash","/b/","Page","",""]],"terms":{"aviation":[1],"co":[0],"crash":[1],"deal":[0],"flows":[0],"gas":[0,1],"pipeline":[0]}}""",
            json);
    }

    [Fact]
    public void A_word_only_in_a_briefing_body_finds_that_briefing()
    {
        using var index = JsonDocument.Parse(Published.Render().Files.Single(f => f.Path == "search/index.json").Content);
        var docs = index.RootElement.GetProperty("docs");
        var postings = index.RootElement.GetProperty("terms").GetProperty("westward").EnumerateArray().Select(e => e.GetInt32()).ToList();

        var doc = Assert.Single(postings);
        Assert.Equal("/briefings/gas-deal/", docs[doc][1].GetString());
    }

    [Fact]
    public void Index_holds_the_latest_version_text_of_briefings_and_standalone_pages()
    {
        using var index = JsonDocument.Parse(Published.Render().Files.Single(f => f.Path == "search/index.json").Content);
        var urls = index.RootElement.GetProperty("docs").EnumerateArray().Select(d => d[1].GetString()).ToList();
        var terms = index.RootElement.GetProperty("terms");

        Assert.Equal(["/briefings/airline-crash/", "/briefings/gas-deal/", "/events/ceasefire-talks/", "/events/pipeline-protest/", "/about/"], urls);
        Assert.True(terms.TryGetProperty("brazil", out _), "a word added in version 2 is indexed");
        Assert.False(terms.TryGetProperty("the", out _), "stop words are left out");
    }

    [Fact]
    public void A_word_only_in_an_event_account_finds_that_event_with_its_date_as_precise_as_known()
    {
        using var index = JsonDocument.Parse(Published.Render().Files.Single(f => f.Path == "search/index.json").Content);
        var docs = index.RootElement.GetProperty("docs");
        var doc = Assert.Single(index.RootElement.GetProperty("terms").GetProperty("wexcombe").EnumerateArray()).GetInt32();
        var ceasefire = docs.EnumerateArray().Single(d => d[1].GetString() == "/events/ceasefire-talks/");

        Assert.Equal(["Protest at the Quillmoor compressor station", "/events/pipeline-protest/", "Event", "2025-02-14"], docs[doc].EnumerateArray().Take(4).Select(e => e.GetString()));
        Assert.Equal("2025-04", ceasefire[3].GetString());
    }

    [Fact]
    public void Html_text_drops_tags_and_decodes_entities()
    {
        Assert.Equal("Gas & oil: “deal” 5 > 4", HtmlText.Of("<p>Gas &amp; <em>oil</em>:</p>\n<p>&ldquo;deal&rdquo; 5 &gt; 4</p>"));
    }

    [Fact]
    public void Search_page_works_without_inline_script_and_says_what_to_do_without_javascript()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Published.Render().Text("search/index.html"));

        Assert.All(page.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), "every script is an external file"));
        Assert.Contains(page.Scripts, s => s.Source!.StartsWith("/assets/search.", StringComparison.Ordinal));
        var noscript = page.QuerySelector("noscript")!.InnerHtml;
        Assert.Contains("needs JavaScript", noscript, StringComparison.Ordinal);
        Assert.Contains("href=\"/briefings/\"", noscript, StringComparison.Ordinal);
        Assert.Equal("/search/index.json", page.QuerySelector("#search-form")!.GetAttribute("data-index"));
    }
}
