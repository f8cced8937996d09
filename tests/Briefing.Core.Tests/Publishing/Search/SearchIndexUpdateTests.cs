using System.Collections.Concurrent;
using Briefing.Core.Output;
using Briefing.Core.Publishing.Search;
using Briefing.Core.Site;

namespace Briefing.Core.Tests.Publishing.Search;

/// <summary>
/// The search index brought up to date from the last build's (what <c>serve</c> does on each save) must be the
/// same bytes as the index made afresh from the same documents, and must cost in proportion to the edit: the
/// documents made again, the shards and chunks written again.
/// </summary>
public sealed class SearchIndexUpdateTests
{
    [Fact]
    public void Every_update_after_a_random_edit_equals_a_fresh_index_of_the_same_documents()
    {
        var corpus = new EditedCorpus(SyntheticCorpus.Documents(1500, seed: 11), seed: 12);
        var state = SearchIndexState.Update(null, corpus.Sources());
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        for (var edit = 1; edit <= 150; edit++)
        {
            kinds.Add(corpus.EditAtRandom(edit));
            state = SearchIndexState.Update(state, corpus.Sources());

            AssertSameFiles(SearchIndex.Write(corpus.Documents), state.Files, $"after edit {edit}: {corpus.Log[^1]}");
        }
        Assert.Equal(EditedCorpus.Kinds.Length, kinds.Count);
    }

    // A build that keeps nothing tokenizes while it lists its jobs and makes the index later (SearchFiles): the two
    // halves must make what one fresh update does, ties in the numbering included.
    [Fact]
    public void An_index_made_from_sources_tokenized_beforehand_is_the_fresh_index()
    {
        var documents = SyntheticCorpus.Documents(800, seed: 41);
        documents = [.. documents, documents[3] with { Title = "A twin of document 3" }, documents[10] with { Summary = "Another twin." }];
        var sources = documents.Select(d => new SearchSource(d, () => d)).ToList();

        var tokenized = SearchIndexState.Tokenize(sources);
        var made = SearchIndexState.Afresh(tokenized);

        AssertSameFiles(SearchIndex.Write(documents), made.Files, "made from the tokenized sources");
        Assert.Equal(IndexUpdate.Afresh, made.How);
        Assert.Same(sources, tokenized.Sources);
    }

    // A build on one thread (--jobs 1) tokenizes on one thread: the build's options reach the index's own loops.
    [Fact]
    public void Tokenizing_keeps_to_the_threads_it_is_given()
    {
        var threads = new ConcurrentDictionary<int, bool>();
        var sources = SyntheticCorpus.Documents(400, seed: 43)
            .Select(d => new SearchSource(d, () => { threads.TryAdd(Environment.CurrentManagedThreadId, true); return d; }))
            .ToList();

        SearchIndexState.Tokenize(sources, new ParallelOptions { MaxDegreeOfParallelism = 1 });

        Assert.Single(threads);
    }

    [Fact]
    public void A_long_session_of_new_words_keeps_the_term_pool_within_twice_the_index()
    {
        var corpus = new EditedCorpus(SyntheticCorpus.Documents(50, seed: 31), seed: 32);
        var state = SearchIndexState.Update(null, corpus.Sources());
        var largest = 0;
        // Each save replaces the last save's made-up word with a new one: the index keeps one, the pool meets them all.
        for (var save = 1; save <= 3 * SearchIndexState.PoolSlack; save++)
        {
            var word = $"w{save:x}q";
            corpus.Replace(0, d => d with { Text = string.Join(' ', d.Text.Split(' ').Where(w => !w.EndsWith('q'))) + " " + word });
            state = SearchIndexState.Update(state, corpus.Sources());
            largest = Math.Max(largest, state.PoolSize);
        }

        Assert.True(largest <= 2 * state.TermCount + SearchIndexState.PoolSlack + 1, $"the pool reached {largest} terms for an index of {state.TermCount}");
        AssertSameFiles(SearchIndex.Write(corpus.Documents), state.Files, "after the session");
    }

    [Fact]
    public void Two_documents_of_the_same_date_and_url_are_numbered_in_source_order_when_one_moves_before_the_other()
    {
        var documents = SyntheticCorpus.Documents(50, seed: 21).ToList();
        documents.Insert(40, documents[10] with { Title = "Twin" });
        var corpus = new EditedCorpus(documents, seed: 22);
        var state = SearchIndexState.Update(null, corpus.Sources());

        corpus.Move(40, 5);
        state = SearchIndexState.Update(state, corpus.Sources());

        AssertSameFiles(SearchIndex.Write(corpus.Documents), state.Files, "after the twin moved before the document it shares a place with");
    }

    [Fact]
    public void A_save_that_removes_one_document_and_twins_another_is_numbered_afresh()
    {
        var corpus = new EditedCorpus(SyntheticCorpus.Documents(50, seed: 23), seed: 24);
        var state = SearchIndexState.Update(null, corpus.Sources());

        // As many documents as before, the twin in the place of the one it copies (which moves up one).
        corpus.Remove(20);
        corpus.Twin(10, at: 10);
        state = SearchIndexState.Update(state, corpus.Sources());

        AssertSameFiles(SearchIndex.Write(corpus.Documents), state.Files, "after a removal and a twin in one save");
    }

    [Fact]
    public void A_date_edit_within_the_month_renumbers_only_the_documents_it_moved_past_and_equals_a_fresh_index()
    {
        var corpus = new EditedCorpus(SyntheticCorpus.Documents(2000, seed: 41), seed: 42);
        var state = SearchIndexState.Update(null, corpus.Sources());
        var random = new Random(43);
        for (var edit = 1; edit <= 40; edit++)
        {
            // Another day of the same month, as an author correcting a date; now and then a new title too, and the
            // source moved (the events list themselves by date), as a site's date edit does.
            var at = random.Next(corpus.Documents.Count);
            var date = DateOnly.ParseExact(corpus.Documents[at].Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var day = new DateOnly(date.Year, date.Month, 1 + random.Next(DateTime.DaysInMonth(date.Year, date.Month)));
            var retitled = edit % 3 == 0;
            corpus.Replace(at, d => d with
            {
                Date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Title = retitled ? $"Moved {edit} {d.Title}" : d.Title,
            });
            corpus.Move(at, Math.Clamp(at + random.Next(-3, 4), 0, corpus.Documents.Count - 1));
            state = SearchIndexState.Update(state, corpus.Sources());

            Assert.Equal(IndexUpdate.Moved, state.How);
            AssertSameFiles(SearchIndex.Write(corpus.Documents), state.Files, $"after date edit {edit} at {at} to {day}");
        }
    }

    [Fact]
    public void A_new_newest_document_in_place_of_the_removed_newest_renumbers_no_other()
    {
        var corpus = new EditedCorpus(SyntheticCorpus.Documents(2000, seed: 44), seed: 45);
        var state = SearchIndexState.Update(null, corpus.Sources());
        var newest = corpus.Documents.Select((d, i) => (d, i)).MaxBy(p => p.d.Date).i;

        // Every other document keeps its number, but the sources moved (the new one first): not the same places.
        corpus.Twin(newest, at: 0);
        corpus.Replace(0, d => d with { Url = "/events/newest-twin/", Date = "2030-01-01" });
        corpus.Remove(1 + newest);
        state = SearchIndexState.Update(state, corpus.Sources());

        Assert.Equal(IndexUpdate.Moved, state.How);
        AssertSameFiles(SearchIndex.Write(corpus.Documents), state.Files, "after a new newest document and a removal");
    }

    [Fact]
    public void The_update_is_the_same_bytes_whatever_the_threads()
    {
        var corpus = new EditedCorpus(SyntheticCorpus.Documents(1500, seed: 13), seed: 14);
        var one = new ParallelOptions { MaxDegreeOfParallelism = 1 };
        var many = new ParallelOptions { MaxDegreeOfParallelism = 8 };
        var (sequential, parallel) = (SearchIndexState.Update(null, corpus.Sources(), one), SearchIndexState.Update(null, corpus.Sources(), many));
        for (var edit = 1; edit <= 20; edit++)
        {
            corpus.EditAtRandom(edit);
            (sequential, parallel) = (SearchIndexState.Update(sequential, corpus.Sources(), one), SearchIndexState.Update(parallel, corpus.Sources(), many));

            AssertSameFiles(sequential.Files, parallel.Files, $"after edit {edit}: {corpus.Log[^1]}");
        }
    }

    [Fact]
    public void An_update_makes_again_only_the_documents_whose_key_changed()
    {
        var corpus = new EditedCorpus(SyntheticCorpus.Documents(300, seed: 15), seed: 16);
        var state = SearchIndexState.Update(null, corpus.Sources());

        IEnumerable<int> TimesMade() => Enumerable.Range(0, 300).Select(corpus.TimesMade);
        int[] onceButTheEditedTwice = [.. Enumerable.Range(0, 300).Select(i => i == 7 ? 2 : 1)];

        corpus.Replace(7, doc => doc with { Text = doc.Text + " appended" });
        state = SearchIndexState.Update(state, corpus.Sources());
        Assert.Equal(onceButTheEditedTwice, TimesMade());

        // Keys parsed again from unchanged files: equal, not the same objects.
        corpus.RenewKeys();
        SearchIndexState.Update(state, corpus.Sources());
        Assert.Equal(onceButTheEditedTwice, TimesMade());
    }

    [Fact]
    public void A_body_edit_writes_again_only_the_shards_of_the_terms_it_changed_and_no_chunk()
    {
        var corpus = new EditedCorpus(SyntheticCorpus.Documents(20_000, seed: 17), seed: 18);
        var before = SearchIndexState.Update(null, corpus.Sources());
        var shardsBefore = ShardsOf(before.Files);
        Assert.True(shardsBefore.Count > 20, $"{shardsBefore.Count} shards: too few to tell a local change from a global one");
        var random = new Random(19);
        for (var edit = 0; edit < 20; edit++)
        {
            // A word no document has, sorting before every other term (where packing shards one after another would
            // move every later boundary), and a word other documents have.
            var doc = random.Next(20_000);
            var rare = random.Next(4000);
            corpus.Replace(doc, d => d with { Text = $"{d.Text} 0new{edit} w{rare:x}q{(char)('a' + rare % 26)}" });
            var after = SearchIndexState.Update(before, corpus.Sources());

            var shardsAfter = ShardsOf(after.Files);
            var rewritten = shardsAfter.Where(s => !shardsBefore.Any(b => ReferenceEquals(b, s))).ToList();
            // Two terms changed: each one's shard, and the next in its run when the change pushes a term into it.
            Assert.True(rewritten.Count <= 4, $"edit {edit}: {rewritten.Count} of {shardsAfter.Count} shards written again");
            Assert.All(rewritten, s => Assert.DoesNotContain(shardsBefore, b => b.AsSpan().SequenceEqual(s)));
            Assert.Equal(ChunksOf(before.Files), ChunksOf(after.Files));
            before = after;
            shardsBefore = shardsAfter;
        }
    }

    [Fact]
    public void Shards_hold_on_average_most_of_their_size_so_the_manifest_lists_few()
    {
        var index = BuiltIndex.From(SyntheticCorpus.Documents(20_000, seed: 2));

        var mean = index.ShardBytes.Average();
        Assert.True(mean >= 0.75 * SearchIndex.ShardBytes, $"{index.ShardBytes.Count} shards of {mean:0} bytes on average");
    }

    [Fact]
    public void A_posting_is_patched_with_documents_gained_lost_and_moved_into_the_title()
    {
        // Documents 1, 3 and 5 have the term, 3 in its title (position 1). Then 0 gains it in its title, 3 loses
        // it, and 5 gets it in its title too.
        List<(int Doc, int Place)> changes = [(0, SearchPostings.InTitle), (3, SearchPostings.Absent), (5, SearchPostings.InTitle)];

        var (docs, inTitle) = SearchPostings.Patch([1, 3, 5], [1], changes);

        Assert.Equal([0, 1, 5], docs);
        Assert.Equal([0, 2], inTitle);
    }

    [Fact]
    public void A_documents_change_is_what_it_gained_lost_and_moved_into_or_out_of_its_title()
    {
        // Keys: a term's number shifted left one bit, the low bit set when the title has it.
        int[] before = [1 << 1, 2 << 1 | 1, 3 << 1, 4 << 1];
        int[] after = [2 << 1, 3 << 1, 4 << 1 | 1, 5 << 1];
        var changes = new Dictionary<int, List<(int Doc, int Place)>>();

        SearchPostings.Diff(before, after, 9, changes);

        Assert.Equal([1, 2, 4, 5], changes.Keys.Order());
        Assert.Equal([(9, SearchPostings.Absent)], changes[1]);
        Assert.Equal([(9, SearchPostings.InBody)], changes[2]);
        Assert.Equal([(9, SearchPostings.InTitle)], changes[4]);
        Assert.Equal([(9, SearchPostings.InBody)], changes[5]);
    }

    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void Run_boundaries_hash_terms_with_fnv_1a_which_is_the_same_in_every_process(string term, uint published)
    {
        Assert.Equal(published, SearchShards.Fnv1a(term));
    }

    private static List<byte[]> ShardsOf(IReadOnlyList<OutputFile> files) =>
        [.. files.Where(f => f.Path.Contains("/t/", StringComparison.Ordinal)).Select(f => f.Content)];

    private static List<byte[]> ChunksOf(IReadOnlyList<OutputFile> files) =>
        [.. files.Where(f => f.Path.Contains("/d/", StringComparison.Ordinal)).Select(f => f.Content)];

    private static void AssertSameFiles(IReadOnlyList<OutputFile> expected, IReadOnlyList<OutputFile> actual, string context)
    {
        Assert.True(expected.Select(f => f.Path).SequenceEqual(actual.Select(f => f.Path)), $"file lists differ {context}");
        var differing = expected.Zip(actual).Where(p => !p.First.Content.AsSpan().SequenceEqual(p.Second.Content)).Select(p => p.First.Path).ToList();
        Assert.True(differing.Count == 0, $"{string.Join(", ", differing)} differ {context}");
    }
}

/// <summary>
/// Documents with keys as a site's parts give them (<see cref="SearchSource"/>), edited at random the ways a site is:
/// words in and out of a body, titles, summaries, tags, dates (the numbering moves), documents added, removed, moved
/// among the sources and twinned (the same date and URL twice).
/// </summary>
internal sealed class EditedCorpus(IReadOnlyList<SearchDocument> documents, int seed)
{
    public static readonly string[] Kinds =
        ["word added", "word removed", "title", "summary", "tag", "tag spelling", "date", "added", "removed", "moved", "twin", "same text", "keys renewed"];

    private readonly List<(Key Key, SearchDocument Document)> _items = [.. documents.Select((d, i) => (new Key(i, 0), d))];
    private readonly Random _random = new(seed);
    private readonly ConcurrentDictionary<int, int> _made = new();
    private int _next = documents.Count;

    public List<string> Log { get; } = [];

    public IReadOnlyList<SearchDocument> Documents => [.. _items.Select(i => i.Document)];

    /// <summary>How many times the document first numbered <paramref name="id"/> has been made, in any version.</summary>
    public int TimesMade(int id) => _made.GetValueOrDefault(id);

    public IReadOnlyList<SearchSource> Sources() =>
        [.. _items.Select(item => new SearchSource(item.Key, () =>
        {
            _made.AddOrUpdate(item.Key.Id, 1, (_, n) => n + 1);
            return item.Document;
        }))];

    public void Replace(int at, Func<SearchDocument, SearchDocument> edit) =>
        _items[at] = (_items[at].Key with { Version = _items[at].Key.Version + 1 }, edit(_items[at].Document));

    /// <summary>The same document, with the same key, elsewhere in the sources (a part listing its documents in another order).</summary>
    public void Move(int from, int to)
    {
        var item = _items[from];
        _items.RemoveAt(from);
        _items.Insert(to, item);
    }

    public void Remove(int at) => _items.RemoveAt(at);

    /// <summary>
    /// Another document with the same date and URL as the one at <paramref name="of"/> (a broken site, still indexed):
    /// only the order of the sources tells the two apart in the numbering.
    /// </summary>
    public void Twin(int of, int at) => _items.Insert(at, (new Key(_next++, 0), _items[of].Document with { Title = $"{Word()} twin" }));

    /// <summary>Every key a new object equal to the old: what parsing an unchanged file again gives.</summary>
    public void RenewKeys()
    {
        for (var i = 0; i < _items.Count; i++)
        {
            _items[i] = (_items[i].Key with { }, _items[i].Document);
        }
    }

    /// <summary>Each kind once, in turn, then kinds at random; returns the kind.</summary>
    public string EditAtRandom(int n)
    {
        var kind = Kinds[n <= Kinds.Length ? n - 1 : _random.Next(Kinds.Length)];
        var at = _random.Next(_items.Count);
        var doc = _items[at].Document;
        Log.Add($"{kind} at {at}");
        switch (kind)
        {
            case "word added":
                Replace(at, d => d with { Text = $"{d.Text} {Word()}" });
                break;
            case "word removed":
                var words = doc.Text.Split(' ').ToList();
                words.RemoveAt(_random.Next(words.Count));
                Replace(at, d => d with { Text = string.Join(' ', words) });
                break;
            case "title":
                Replace(at, d => d with { Title = $"{Word()} {d.Title.Split(' ')[0]}" });
                break;
            case "summary":
                Replace(at, d => d with { Summary = $"{Word()} {Word()}" });
                break;
            case "tag":
                Replace(at, d => d with { Tags = [$"Topic {_random.Next(12)}"] });
                break;
            case "tag spelling":
                Replace(at, d => d with { Tags = [.. d.Tags.Select(t => t.Any(char.IsLower) ? t.ToUpperInvariant() : t.ToLowerInvariant())] });
                break;
            case "date":
                Replace(at, d => d with { Date = _random.Next(8) == 0 ? "" : new DateOnly(2014, 1, 1).AddDays(_random.Next(4000)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
                break;
            case "added":
                var id = _next++;
                _items.Insert(at, (new Key(id, 0), doc with { Url = $"/events/added-{id}/", Title = $"{Word()} added" }));
                break;
            case "removed":
                Remove(at);
                break;
            case "moved":
                Move(at, _random.Next(_items.Count));
                break;
            case "twin":
                Twin(at, _random.Next(_items.Count + 1));
                break;
            case "same text":
                Replace(at, d => d with { });
                break;
            case "keys renewed":
                RenewKeys();
                break;
        }
        return kind;
    }

    // A word from a small set, so that edits add to terms other documents have, make new ones and empty old ones.
    private string Word() => _random.Next(3) switch
    {
        0 => $"edit{_random.Next(40)}",
        1 => $"w{_random.Next(4000):x}q{(char)('a' + _random.Next(26))}",
        _ => SyntheticCorpus.CommonWords[_random.Next(SyntheticCorpus.CommonWords.Length)],
    };

    internal sealed record Key(int Id, int Version);
}
