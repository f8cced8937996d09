using System.Text;
using System.Text.Json;
using Briefing.Core.Output;
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
    public void Tokenizer_takes_accents_off_as_the_browser_does_before_it_splits()
    {
        // search.js: toLowerCase, normalize('NFD'), marks removed, then runs of letters and digits.
        var terms = SearchTokenizer.Terms("Şuşa, Gəncə və QUBA; café naïve; e\u0301te\u0301");

        Assert.Equal(["susa", "gəncə", "və", "quba", "cafe", "naive", "ete"], terms);
    }

    [Fact]
    public void Postings_list_each_term_and_filter_once_with_its_documents_and_which_titles_have_it()
    {
        SearchDocument[] docs =
        [
            new("Gas deal", "/a/", "Briefing", "2025-02-01", "Pipeline & co", [], "The gas flows"),
            new("Crash", "/b/", "Page", "", "", ["aviation"], "Gas <the> crash"),
        ];

        var postings = SearchPostings.Of(docs).ToDictionary(p => p.Term);

        Assert.Equal(["aviation", "co", "crash", "deal", "flows", "gas", "kind:briefing", "kind:page", "pipeline", "tag:aviation"], postings.Keys);
        Assert.Equal([0, 1], postings["gas"].Docs);
        Assert.Equal([0], postings["gas"].InTitle);
        Assert.Equal([0], postings["crash"].InTitle);
        Assert.Empty(postings["flows"].InTitle);
        Assert.Equal([1], postings["kind:page"].Docs);
        Assert.Empty(postings["tag:aviation"].InTitle);
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 5, 31, 32, 33, 1000, 1_000_000 })]
    [InlineData(new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27 })]
    public void Posting_codec_reads_back_what_it_writes(int[] numbers)
    {
        Assert.Equal(numbers, PostingCodec.Decode(PostingCodec.Encode(numbers)));
    }

    // The codec's definition as first written: both forms built in full, the bitmap taken only when strictly shorter.
    // The codec now measures both and writes one; on random sets of every density, and on sets where the two forms
    // are the same length, it must write exactly this.
    private static string EncodedAsDefined(int[] ascending)
    {
        var gaps = new StringBuilder();
        var previous = -1;
        foreach (var number in ascending)
        {
            var gap = number - previous - 1;
            previous = number;
            for (; gap >= 32; gap >>= 5)
            {
                gaps.Append(PostingCodec.Alphabet[32 | (gap & 31)]);
            }
            gaps.Append(PostingCodec.Alphabet[gap]);
        }
        if (ascending.Length == 0 || 1 + ascending[^1] / 6 + 1 >= gaps.Length)
        {
            return gaps.ToString();
        }
        var bits = new int[ascending[^1] / 6 + 1];
        foreach (var number in ascending)
        {
            bits[number / 6] |= 1 << (number % 6);
        }
        return "~" + string.Concat(bits.Select(six => PostingCodec.Alphabet[six]));
    }

    [Fact]
    public void Posting_codec_writes_what_its_definition_does_at_every_density()
    {
        var random = new Random(13);
        List<int[]> sets = [[], [0], [31], [32], [1023], [1024], [0, 6, 12], [5, 11]];
        foreach (var density in new[] { 0.001, 0.01, 0.05, 0.1, 0.16, 0.17, 0.2, 0.5, 0.9, 1.0 })
        {
            for (var k = 0; k < 40; k++)
            {
                var bound = random.Next(1, 5_000);
                sets.Add([.. Enumerable.Range(0, bound).Where(_ => random.NextDouble() < density)]);
            }
        }
        // Sets where the bitmap and the gaps come out the same length (the gaps are written then).
        var ties = sets.Where(set => set.Length > 0 && EncodedAsDefined(set).Length == 1 + set[^1] / 6 + 1).ToList();

        foreach (var set in sets)
        {
            Assert.Equal(EncodedAsDefined(set), PostingCodec.Encode(set));
        }
        Assert.NotEmpty(ties);
    }

    [Fact]
    public void Posting_codec_writes_a_dense_set_as_a_bitmap_of_a_sixth_of_a_character_per_number()
    {
        var everyOther = Enumerable.Range(0, 60_000).Where(n => n % 2 == 0).ToArray();

        var text = PostingCodec.Encode(everyOther);

        Assert.StartsWith("~", text, StringComparison.Ordinal);
        Assert.Equal(1 + 10_000, text.Length);
        Assert.Equal(everyOther, PostingCodec.Decode(text));
    }

    [Fact]
    public void Documents_are_numbered_newest_first_with_undated_ones_last()
    {
        SearchDocument[] docs =
        [
            new("Page", "/about/", "Page", "", "", [], ""),
            new("Old", "/old/", "Event", "2020-01-05", "", [], ""),
            new("Month", "/month/", "Event", "2025-04", "", [], ""),
            new("Day", "/day/", "Event", "2025-04-02", "", [], ""),
        ];

        Assert.Equal(["/day/", "/month/", "/old/", "/about/"], SearchIndex.Ordered(docs).Select(d => d.Url));
    }

    [Fact]
    public void Every_term_sits_in_the_shard_the_manifest_names_for_it()
    {
        var index = BuiltIndex.From(SyntheticCorpus.Documents(3000, seed: 1));

        Assert.True(index.Separators.Count > 3, "a corpus this size needs several shards");
        Assert.Equal("", index.Separators[0]);
        for (var i = 0; i < index.Shards.Count; i++)
        {
            foreach (var term in index.Shards[i].Keys)
            {
                Assert.Equal(i, index.ShardOf(term));
            }
        }
    }

    [Fact]
    public void Shards_stay_near_their_size_unless_one_term_alone_is_larger()
    {
        var index = BuiltIndex.From(SyntheticCorpus.Documents(20_000, seed: 2));

        Assert.All(index.ShardBytes, (bytes, i) =>
            Assert.True(bytes <= SearchIndex.ShardBytes + 64 || index.Shards[i].Count == 1, $"shard {i}: {bytes} bytes, {index.Shards[i].Count} terms"));
    }

    /// <summary>
    /// The manifest and the shards a two-word query reads grow with the number of documents (a common word's
    /// bitmap is a sixth of a byte per document), so they are measured at three sizes and the line through them
    /// carried to 110,000 documents (100,000 events and their briefings): it must stay under 300 KB. bench/README.md
    /// has the figure measured on the product corpus itself.
    /// </summary>
    [Fact]
    public void A_two_word_query_reads_under_300_KB_when_carried_to_110000_documents()
    {
        int[] sizes = [2_000, 8_000, 32_000];
        var bytes = sizes.Select(n => BuiltIndex.From(SyntheticCorpus.Documents(n, seed: 3)).BytesForQuery(SyntheticCorpus.CommonWords)).ToArray();

        var slope = (double)(bytes[2] - bytes[1]) / (sizes[2] - sizes[1]);
        var at110k = bytes[2] + slope * (110_000 - sizes[2]);

        Assert.True(bytes[0] < bytes[2], "more documents, more bytes");
        Assert.True(at110k < 300 * 1024, $"two common words: {string.Join(", ", bytes)} bytes at {string.Join(", ", sizes)} documents; about {at110k / 1024:0} KB at 110,000");
    }

    [Fact]
    public void The_index_is_the_same_bytes_whatever_the_threads_and_the_order_documents_come_in()
    {
        var docs = SyntheticCorpus.Documents(2000, seed: 4);
        var shuffled = docs.OrderBy(d => d.Url.GetHashCode(StringComparison.Ordinal)).ToList();

        var one = SearchIndex.Write(docs, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var many = SearchIndex.Write(shuffled, new ParallelOptions { MaxDegreeOfParallelism = 8 });

        Assert.Equal(one.Select(f => f.Path), many.Select(f => f.Path));
        Assert.All(one.Zip(many), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void A_word_only_in_a_briefing_body_finds_that_briefing()
    {
        var index = BuiltIndex.Of(Published.Render().Files);

        var doc = Assert.Single(index.Docs("westward"));
        Assert.Equal("/briefings/gas-deal/", index.Document(doc)[1].GetString());
    }

    [Fact]
    public void Index_holds_the_latest_version_text_of_briefings_and_standalone_pages_newest_first()
    {
        var index = BuiltIndex.Of(Published.Render().Files);

        Assert.Equal(
            ["/events/ceasefire-talks/", "/briefings/airline-crash/", "/events/pipeline-protest/", "/briefings/gas-deal/", "/about/"],
            Enumerable.Range(0, index.Count).Select(d => index.Document(d)[1].GetString()));
        Assert.NotEmpty(index.Docs("brazil"));
        Assert.Empty(index.Docs("the"));
    }

    [Fact]
    public void A_word_only_in_an_event_account_finds_that_event_with_its_date_as_precise_as_known()
    {
        var index = BuiltIndex.Of(Published.Render().Files);

        var doc = Assert.Single(index.Docs("wexcombe"));
        Assert.Equal(["Protest at the Quillmoor compressor station", "/events/pipeline-protest/", "Event", "2025-02-14"], index.Document(doc).EnumerateArray().Take(4).Select(e => e.GetString()));
        Assert.Equal("2025-04", index.Document(index.Docs("geneva").Single())[3].GetString());
    }

    [Fact]
    public void Kinds_actors_and_tags_are_filters_with_their_documents_and_counts()
    {
        var index = BuiltIndex.Of(Published.Render().Files);

        Assert.Equal([4], index.Docs("kind:page"));
        Assert.Equal(["/events/ceasefire-talks/"], index.Docs("actor:rus").Select(d => index.Document(d)[1].GetString()));
        Assert.Equal(["/events/pipeline-protest/", "/briefings/gas-deal/"], index.Docs("tag:energy").Select(d => index.Document(d)[1].GetString()));
        Assert.Equal("""[["aze","Azerbaijan",2],["rus","Russia",1]]""", index.Manifest.GetProperty("actors").GetRawText());
        Assert.Equal("""[["briefing","Briefing",2],["event","Event",2],["page","Page",1]]""", index.Manifest.GetProperty("kinds").GetRawText());
    }

    [Fact]
    public void Pieces_live_in_a_folder_named_by_their_hash_so_a_cached_manifest_never_meets_newer_pieces()
    {
        var before = BuiltIndex.Of(Published.Render().Files);
        var other = SearchIndex.Write(SyntheticCorpus.Documents(50, seed: 5));

        Assert.Matches("^[0-9a-f]{12}$", before.Id);
        Assert.All(Published.Render().Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal) && f.Path.Count(c => c == '/') > 1),
            f => Assert.StartsWith($"search/{before.Id}/", f.Path, StringComparison.Ordinal));
        Assert.NotEqual(before.Id, new BuiltIndex(other).Id);
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

/// <summary>A written index read back as the browser reads it: the manifest, the shards and the chunks.</summary>
internal sealed class BuiltIndex
{
    private readonly Dictionary<string, byte[]> _files;

    public BuiltIndex(IReadOnlyList<OutputFile> files)
    {
        _files = files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        Manifest = JsonDocument.Parse(_files["search/index.json"]).RootElement;
        Id = Manifest.GetProperty("id").GetString()!;
        Count = Manifest.GetProperty("docs").GetInt32();
        Separators = Manifest.GetProperty("shards").EnumerateArray().Select(e => e.GetString()!).ToList();
        ShardBytes = Separators.Select((_, i) => _files[$"search/{Id}/t/{i}.json"].Length).ToList();
        Shards = Separators.Select((_, i) => JsonSerializer.Deserialize<Dictionary<string, string>>(_files[$"search/{Id}/t/{i}.json"])!).ToList();
    }

    public static BuiltIndex Of(IEnumerable<OutputFile> files) => new(files.ToList());

    public static BuiltIndex From(IReadOnlyList<SearchDocument> documents) => new(SearchIndex.Write(documents));

    public JsonElement Manifest { get; }

    public string Id { get; }

    public int Count { get; }

    public IReadOnlyList<string> Separators { get; }

    public IReadOnlyList<int> ShardBytes { get; }

    public IReadOnlyList<Dictionary<string, string>> Shards { get; }

    /// <summary>The last shard whose separator does not sort after the term, as search.js finds it.</summary>
    public int ShardOf(string term) => Separators.Select((s, i) => (s, i)).Last(x => string.CompareOrdinal(x.s, term) <= 0).i;

    public IReadOnlyList<int> Docs(string term) =>
        Shards[ShardOf(term)].TryGetValue(term, out var value) ? PostingCodec.Decode(value.Split('!')[0]) : [];

    public JsonElement Document(int doc)
    {
        var chunk = Manifest.GetProperty("chunk").GetInt32();
        return JsonDocument.Parse(_files[$"search/{Id}/d/{doc / chunk}.json"]).RootElement[doc % chunk];
    }

    /// <summary>
    /// What search.js downloads for these words: the manifest and every shard a word may be in (prefixes too),
    /// or only the word's own shard when its prefixes span more than four (its MAX_PREFIX_SHARDS).
    /// </summary>
    public int BytesForQuery(IEnumerable<string> words)
    {
        IEnumerable<int> Of(string w) => ShardOf(w + '\uffff') - ShardOf(w) + 1 is var n && n <= 4 ? Enumerable.Range(ShardOf(w), n) : [ShardOf(w)];
        var shards = words.SelectMany(Of).Distinct();
        return _files["search/index.json"].Length + shards.Sum(i => ShardBytes[i]);
    }
}

/// <summary>
/// Search documents shaped like the product corpus (bench/make-product-corpus.py): a small vocabulary used
/// everywhere, so that common words are in most documents, plus a long tail of rarer words and numbers.
/// </summary>
internal static class SyntheticCorpus
{
    /// <summary>Two of the most common words: the query that reads the most.</summary>
    public static readonly string[] CommonWords = ["border", "ceasefire"];

    private static readonly string[] Common =
        ("border ceasefire agreement airspace ambassador bridge cable cargo commission consulate convoy corridor court customs " +
         "delegation detention diaspora drone embassy energy envoy exercise export ferry garrison grain pipeline sanction " +
         "bilateral coastal cultural diplomatic economic federal formal joint legal maritime military official regional").Split(' ');

    private static readonly string[] Tags = ["diplomacy", "security", "energy", "trade", "law", "military", "borders", "media"];

    public static IReadOnlyList<SearchDocument> Documents(int count, int seed)
    {
        var random = new Random(seed);
        var rare = Enumerable.Range(0, 4000).Select(i => $"w{i:x}q{(char)('a' + i % 26)}").ToArray();
        return Enumerable.Range(0, count).Select(i =>
        {
            string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ =>
                random.Next(4) == 0 ? rare[(int)(rare.Length * Math.Pow(random.NextDouble(), 3))] : Common[random.Next(Common.Length)]));
            var date = new DateOnly(2014, 1, 1).AddDays(random.Next(4000));
            return new SearchDocument(Words(5), $"/events/e{i}/", i % 10 == 0 ? "Briefing" : "Event", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Words(12), [Tags[random.Next(Tags.Length)]], Words(40) + $" {i}")
            {
                Actors = [new SearchActor("AZE", "Azerbaijan"), new SearchActor(i % 3 == 0 ? "RUS" : "TUR", i % 3 == 0 ? "Russia" : "Türkiye")],
            };
        }).ToList();
    }
}
