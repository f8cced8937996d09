using System.Security.Cryptography;
using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// The search index of one build, kept so that the next build can bring it up to date (<see cref="Update"/>) at a
/// cost in proportion to what changed: a document is made and tokenized again only when its key changed, a term's
/// posting is worked out again only when a document gained or lost it, and a shard or chunk is encoded again only
/// when what it holds changed. The files are the same bytes as a fresh build's (<see cref="SearchIndex.Write"/>) of
/// the same documents: every step makes what a fresh build would, reusing only pieces equal to what it would make.
/// <para>
/// A state is never changed once made (its documents, terms, shards and chunks are shared with the next state),
/// except for its <see cref="TermPool"/>, which is only added to (see there why that is safe): a build that fails
/// or is abandoned leaves last build's state as it was.
/// </para>
/// </summary>
internal sealed class SearchIndexState
{
    /// <summary>How many more terms than twice the live ones the pool may hold before the index is made afresh.</summary>
    internal const int PoolSlack = 4096;

    private readonly TermPool _pool;
    private readonly IReadOnlyList<SearchSource> _given;
    private readonly IndexedDocument[] _sources;
    private readonly IndexedDocument[] _numbered;
    private readonly int[] _numberOf;
    private readonly bool _ties;
    private readonly IndexedTerm[] _terms;
    private readonly IndexedTerm?[] _byId;
    private readonly Shard[] _shards;
    private readonly Chunk[] _chunks;
    private readonly int _dated;

    private SearchIndexState(TermPool pool, IReadOnlyList<SearchSource> given, IndexedDocument[] sources, int[] order, IndexedDocument[] numbered, bool ties,
        IndexedTerm[] terms, Shard[] shards, Chunk[] chunks, int? dated)
    {
        _pool = pool;
        _given = given;
        _sources = sources;
        _dated = dated ?? numbered.Count(d => d.Document.Date.Length > 0);
        _numbered = numbered;
        _numberOf = new int[order.Length];
        for (var n = 0; n < order.Length; n++)
        {
            _numberOf[order[n]] = n;
        }
        _ties = ties;
        _terms = terms;
        _byId = new IndexedTerm?[terms.Length == 0 ? 0 : terms.Max(t => t.Id) + 1];
        foreach (var term in terms)
        {
            _byId[term.Id] = term;
        }
        _shards = shards;
        _chunks = chunks;
        Files = Write();
    }

    /// <summary>Every file of the index: the manifest first, then the shards, then the chunks.</summary>
    public IReadOnlyList<OutputFile> Files { get; }

    /// <summary>How many terms the state's pool holds, live or not (see <see cref="PoolSlack"/>).</summary>
    internal int PoolSize => _pool.Count;

    /// <summary>How many terms the index holds.</summary>
    internal int TermCount => _terms.Length;

    /// <summary>
    /// The index of <paramref name="sources"/> (in the order the site lists them), made from <paramref name="last"/>
    /// build's where it can be (null: made afresh).
    /// </summary>
    public static SearchIndexState Update(SearchIndexState? last, IReadOnlyList<SearchSource> sources, ParallelOptions? parallel = null)
    {
        parallel ??= new ParallelOptions();
        // The pool only grows: once most of its terms are no longer in any document (a long session's typing, deleted
        // documents), the index is made afresh with a new one, so a serve session never holds more than about twice its site.
        if (last is not null && last._pool.Count > 2 * last._terms.Length + PoolSlack)
        {
            last = null;
        }
        var pool = last?._pool ?? new TermPool();
        var (documents, predecessors) = Documents(last, sources, pool, parallel);
        return Made(last, sources, pool, documents, predecessors, parallel);
    }

    /// <summary>
    /// The first half of a fresh <see cref="Update"/>: every source made and tokenized (in parallel), for
    /// <see cref="Afresh"/> to make the index of. A build that keeps nothing for a next one does this while it lists its
    /// jobs, so that the index's job, the first to run, is left with the merging and encoding, which then run beside the
    /// pages instead of after them.
    /// </summary>
    internal static TokenizedSources Tokenize(IReadOnlyList<SearchSource> sources, ParallelOptions? parallel = null)
    {
        var pool = new TermPool();
        var (documents, _) = Documents(null, sources, pool, parallel ?? new ParallelOptions());
        return new TokenizedSources(sources, pool, documents);
    }

    /// <summary>The index of what <see cref="Tokenize"/> read: the same state as <c>Update(null, sources)</c>.</summary>
    internal static SearchIndexState Afresh(TokenizedSources tokenized, ParallelOptions? parallel = null) =>
        // No last build: no document replaces one of its, so there are no predecessors to keep a numbering by.
        Made(null, tokenized.Sources, tokenized.Pool, tokenized.Documents, [], parallel ?? new ParallelOptions());

    private static SearchIndexState Made(SearchIndexState? last, IReadOnlyList<SearchSource> sources, TermPool pool, IndexedDocument[] documents, int[] predecessors, ParallelOptions parallel)
    {
        var kept = KeptNumbering(last, documents, predecessors);
        var moved = kept is null ? MovedNumbering(last, documents, predecessors) : null;
        var (order, ties) = kept is not null ? (kept, false) : moved is not null ? (moved.Value.Order, false) : Numbering(documents);
        var numbered = order.Select(i => documents[i]).ToArray();
        var shifted = moved is not null ? Shifted(last!, numbered, moved.Value.Before) : null;
        var (changed, how) = kept is not null ? (Patched(last!, numbered), IndexUpdate.SamePlaces)
            : shifted is not null ? (shifted, IndexUpdate.Moved)
            : (Merged(last, numbered, pool.Count), last is null ? IndexUpdate.Afresh : IndexUpdate.Merged);
        var terms = Terms(last, changed, pool, parallel);
        // A kept numbering means each document took the place (date and URL) of the one it replaced: as many are dated.
        return new SearchIndexState(pool, sources, documents, order, numbered, ties, terms, Shards(last, terms, parallel), Chunks(last, numbered, parallel),
            kept is null ? null : last!._dated)
        { How = how };
    }

    /// <summary>How this state was brought up to date from the last (what a test holds a cheap path to).</summary>
    internal IndexUpdate How { get; private init; }

    /// <summary>
    /// Each source's document: last build's when its key is, else made and tokenized (in parallel); with, for each,
    /// the position last build had the document it replaces (-1: none), to tell whether the numbering still holds.
    /// </summary>
    private static (IndexedDocument[] Documents, int[] Predecessors) Documents(SearchIndexState? last, IReadOnlyList<SearchSource> sources, TermPool pool, ParallelOptions parallel)
    {
        var matches = last?.Matches(sources);
        var documents = new IndexedDocument[sources.Count];
        var predecessors = new int[sources.Count];
        var fresh = new List<int>();
        for (var i = 0; i < sources.Count; i++)
        {
            if (matches?[i] is >= 0 and var kept)
            {
                documents[i] = last!._sources[kept];
                predecessors[i] = kept;
                continue;
            }
            predecessors[i] = last is not null && i < last._sources.Length ? i : -1;
            fresh.Add(i);
        }
        Parallel.For(0, fresh.Count, parallel, () => new TermMarks(), (k, _, seen) =>
        {
            documents[fresh[k]] = IndexedDocument.Of(sources[fresh[k]], pool, seen);
            return seen;
        }, _ => { });
        return (documents, predecessors);
    }

    /// <summary>
    /// For each source, where last build had the document made from its key (-1: the key is new or changed): the same
    /// position when it holds the same object (the build cache hands back the same parsed document for an unchanged
    /// file), else a position no source took that way (documents were added, removed or moved), else an equal key in
    /// the same position. Keys are looked up by reference, not by their hash: a parsed document hashes its file's text.
    /// </summary>
    private int[] Matches(IReadOnlyList<SearchSource> sources)
    {
        var matches = new int[sources.Count];
        var unmatched = new List<int>();
        for (var i = 0; i < sources.Count; i++)
        {
            // The model hands the same source objects for unchanged documents: a pointer comparison, no document touched.
            var same = i < _sources.Length && (ReferenceEquals(_given[i], sources[i]) || ReferenceEquals(_sources[i].Key, sources[i].Key));
            matches[i] = same ? i : -1;
            if (!same)
            {
                unmatched.Add(i);
            }
        }
        if (unmatched.Count == 0)
        {
            return matches;
        }
        var untaken = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var position in unmatched.Where(p => p < _sources.Length).Concat(Enumerable.Range(sources.Count, Math.Max(0, _sources.Length - sources.Count))))
        {
            untaken.TryAdd(_sources[position].Key, position);
        }
        foreach (var i in unmatched)
        {
            matches[i] = untaken.TryGetValue(sources[i].Key, out var position) ? position
                : i < _sources.Length && Equals(_sources[i].Key, sources[i].Key) ? i
                : -1;
        }
        return matches;
    }

    /// <summary>
    /// The order of last build's numbering when it still holds (null when it may not): as many documents, each
    /// replacing a different one of last build's with the same date and URL, and no two of those alike (where the
    /// order of the sources would decide). Costs a look at each document, where numbering them afresh sorts them.
    /// </summary>
    private static int[]? KeptNumbering(SearchIndexState? last, IndexedDocument[] documents, int[] predecessors)
    {
        if (last is null || last._ties || documents.Length != last._sources.Length)
        {
            return null;
        }
        var order = new int[documents.Length];
        Array.Fill(order, -1);
        for (var i = 0; i < documents.Length; i++)
        {
            var before = predecessors[i];
            if (before < 0 || !(ReferenceEquals(documents[i], last._sources[before]) || documents[i].SamePlaceAs(last._sources[before])) || order[last._numberOf[before]] >= 0)
            {
                return null;
            }
            order[last._numberOf[before]] = i;
        }
        return order;
    }

    /// <summary>
    /// The numbering when last build's documents that are still here (the very same objects) kept their order among
    /// themselves, which they do when no two documents take the same place: last build's numbering with those gone
    /// left out and the others (new, changed, or moved by a new date) sorted in among them. Null when two documents
    /// would take the same place (the order of the sources decides, which a fresh numbering keeps). With the order,
    /// for each number the number its document had last build (-1: a document made this build). A date edit then
    /// costs a walk along the numbering and a sort of the one document, where numbering afresh sorts them all.
    /// </summary>
    private static (int[] Order, int[] Before)? MovedNumbering(SearchIndexState? last, IndexedDocument[] documents, int[] predecessors)
    {
        if (last is null || last._ties)
        {
            return null;
        }
        var carried = new int[last._numbered.Length];
        Array.Fill(carried, -1);
        var fresh = new List<int>();
        for (var i = 0; i < documents.Length; i++)
        {
            var before = predecessors[i];
            if (before < 0 || !ReferenceEquals(documents[i], last._sources[before]))
            {
                fresh.Add(i);
                continue;
            }
            ref var at = ref carried[last._numberOf[before]];
            if (at >= 0)
            {
                return null;
            }
            at = i;
        }
        fresh.Sort((one, other) => SearchIndex.Compare(documents[one].Document, documents[other].Document));
        var order = new int[documents.Length];
        var numbers = new int[documents.Length];
        var (n, f) = (0, 0);
        for (var old = 0; old < carried.Length; old++)
        {
            if (carried[old] < 0)
            {
                continue;
            }
            while (f < fresh.Count && SearchIndex.Compare(documents[fresh[f]].Document, documents[carried[old]].Document) < 0)
            {
                (order[n], numbers[n++]) = (fresh[f++], -1);
            }
            (order[n], numbers[n++]) = (carried[old], old);
        }
        while (f < fresh.Count)
        {
            (order[n], numbers[n++]) = (fresh[f++], -1);
        }
        // Last build's documents were numbered without ties; a document sorted in may tie with a neighbour.
        for (n = 0; n < order.Length; n++)
        {
            if (numbers[n] < 0 && (n > 0 && SameOrderPlace(n - 1, n) || n + 1 < order.Length && SameOrderPlace(n, n + 1)))
            {
                return null;
            }
        }
        return (order, numbers);

        bool SameOrderPlace(int one, int other) => SearchIndex.Compare(documents[order[one]].Document, documents[order[other]].Document) == 0;
    }

    /// <summary>The numbering afresh (<see cref="SearchIndex.Ordered"/>), and whether two documents take the same place in it.</summary>
    private static (int[] Order, bool Ties) Numbering(IndexedDocument[] documents)
    {
        var order = SearchIndex.Order(documents.Select(d => d.Document).ToList());
        var ties = Enumerable.Range(1, Math.Max(0, order.Length - 1)).Any(n => documents[order[n - 1]].SamePlaceAs(documents[order[n]]));
        return (order, ties);
    }

    /// <summary>
    /// Every term of the index with its posting, in ordinal order: last build's terms, with those whose posting
    /// <paramref name="changed"/> made again and those now in no document (an empty posting) left out.
    /// </summary>
    private static IndexedTerm[] Terms(SearchIndexState? last, List<(int Id, int[] Docs, int[] InTitle)> changed, TermPool pool, ParallelOptions parallel)
    {
        var made = new IndexedTerm?[changed.Count];
        Parallel.For(0, changed.Count, parallel, k =>
        {
            var (id, docs, inTitle) = changed[k];
            made[k] = docs.Length == 0 ? null : new IndexedTerm(id, pool.Name(id), docs, inTitle);
        });
        var replaced = new Dictionary<int, IndexedTerm?>(changed.Count);
        for (var k = 0; k < changed.Count; k++)
        {
            replaced[changed[k].Id] = made[k];
        }
        return Replace(last?._terms ?? [], replaced, id => last?.TermOf(id) is not null);
    }

    /// <summary>
    /// The postings that changed when every document kept its number: only the terms a changed document gained or
    /// lost (or moved into or out of its title), each patched from last build's posting.
    /// </summary>
    private static List<(int Id, int[] Docs, int[] InTitle)> Patched(SearchIndexState last, IndexedDocument[] numbered)
    {
        var changes = new Dictionary<int, List<(int Doc, int Place)>>();
        for (var n = 0; n < numbered.Length; n++)
        {
            if (!ReferenceEquals(numbered[n], last._numbered[n]))
            {
                SearchPostings.Diff(last._numbered[n].Terms, numbered[n].Terms, n, changes);
            }
        }
        return [.. changes.Select(change =>
        {
            var before = last.TermOf(change.Key);
            var (docs, inTitle) = SearchPostings.Patch(before?.Docs ?? [], before?.InTitle ?? [], change.Value);
            return (change.Key, docs, inTitle);
        })];
    }

    /// <summary>
    /// The postings that changed when documents moved in the numbering (<see cref="MovedNumbering"/>), or null when
    /// so many did that merging every posting again costs less (<see cref="Merged"/>). Only the terms of documents
    /// whose number changed, or that were made or dropped this build, are looked at: each is last build's posting with
    /// its documents renumbered (in the same order, since the carried documents kept theirs) and this build's new
    /// documents merged in. A date edit moves one document past a few neighbours: the terms of those few.
    /// </summary>
    private static List<(int Id, int[] Docs, int[] InTitle)>? Shifted(SearchIndexState last, IndexedDocument[] numbered, int[] before)
    {
        var after = new int[last._numbered.Length];
        Array.Fill(after, -1);
        for (var n = 0; n < before.Length; n++)
        {
            if (before[n] >= 0)
            {
                after[before[n]] = n;
            }
        }
        var renumbered = new List<IndexedDocument>();
        for (var n = 0; n < before.Length; n++)
        {
            if (before[n] != n)
            {
                renumbered.Add(numbered[n]);
            }
        }
        for (var old = 0; old < after.Length; old++)
        {
            if (after[old] < 0)
            {
                renumbered.Add(last._numbered[old]);
            }
        }
        // Beyond this, most postings change anyway and renumbering each costs more than merging them all.
        if (renumbered.Count > numbered.Length / 8)
        {
            return null;
        }
        var affected = new HashSet<int>();
        foreach (var document in renumbered)
        {
            foreach (var key in document.Terms)
            {
                affected.Add(key >> 1);
            }
        }
        var added = new Dictionary<int, List<(int Doc, int Place)>>();
        for (var n = 0; n < before.Length; n++)
        {
            if (before[n] < 0)
            {
                foreach (var key in numbered[n].Terms)
                {
                    (added.TryGetValue(key >> 1, out var list) ? list : added[key >> 1] = []).Add((n, key & 1));
                }
            }
        }
        var changed = new List<(int Id, int[] Docs, int[] InTitle)>();
        foreach (var id in affected)
        {
            var was = last.TermOf(id);
            var (docs, inTitle) = SearchPostings.Renumber(was?.Docs ?? [], was?.InTitle ?? [], after, added.GetValueOrDefault(id) ?? []);
            if (was?.SamePosting(docs, inTitle) != true)
            {
                changed.Add((id, docs, inTitle));
            }
        }
        return changed;
    }

    /// <summary>
    /// The postings that changed when the numbering did: every posting merged again from the documents' cached
    /// terms (no tokenizing), keeping those equal to last build's, and the terms no document has any more (empty).
    /// </summary>
    private static List<(int Id, int[] Docs, int[] InTitle)> Merged(SearchIndexState? last, IndexedDocument[] numbered, int terms)
    {
        var merged = SearchPostings.Merge([.. numbered.Select(d => d.Terms)], terms);
        var live = new bool[terms];
        var changed = new List<(int Id, int[] Docs, int[] InTitle)>();
        foreach (var (id, docs, inTitle) in merged)
        {
            live[id] = true;
            if (last?.TermOf(id)?.SamePosting(docs, inTitle) != true)
            {
                changed.Add((id, docs, inTitle));
            }
        }
        changed.AddRange((last?._terms ?? []).Where(t => !live[t.Id]).Select(t => (t.Id, Array.Empty<int>(), Array.Empty<int>())));
        return changed;
    }

    /// <summary>
    /// <paramref name="sorted"/> with each term in <paramref name="replaced"/> put in its place (null: taken out), and
    /// the new terms (not <paramref name="known"/>) inserted in ordinal order: no sort of every term.
    /// </summary>
    private static IndexedTerm[] Replace(IndexedTerm[] sorted, Dictionary<int, IndexedTerm?> replaced, Func<int, bool> known)
    {
        var added = replaced.Values.OfType<IndexedTerm>().Where(t => !known(t.Id)).OrderBy(t => t.Term, StringComparer.Ordinal).ToList();
        var terms = new List<IndexedTerm>(sorted.Length + added.Count);
        var next = 0;
        foreach (var term in sorted)
        {
            while (next < added.Count && string.CompareOrdinal(added[next].Term, term.Term) < 0)
            {
                terms.Add(added[next++]);
            }
            var now = replaced.TryGetValue(term.Id, out var replacement) ? replacement : term;
            if (now is not null)
            {
                terms.Add(now);
            }
        }
        terms.AddRange(added.Skip(next));
        return [.. terms];
    }

    private IndexedTerm? TermOf(int id) => id < _byId.Length ? _byId[id] : null;

    /// <summary>The shards of the terms: last build's where a shard holds the same terms, the others encoded (in parallel).</summary>
    private static Shard[] Shards(SearchIndexState? last, IndexedTerm[] terms, ParallelOptions parallel)
    {
        var ranges = SearchShards.Ranges(terms);
        var byFirst = (last?._shards ?? []).ToDictionary(s => s.Terms[0]);
        var shards = new Shard?[ranges.Count];
        for (var i = 0; i < ranges.Count; i++)
        {
            var (start, end) = ranges[i];
            shards[i] = byFirst.GetValueOrDefault(terms[start]) is { } kept && kept.Holds(terms, start, end) ? kept : null;
        }
        var missing = Enumerable.Range(0, ranges.Count).Where(i => shards[i] is null).ToArray();
        Parallel.For(0, missing.Length, parallel, k =>
        {
            var (start, end) = ranges[missing[k]];
            var held = terms[start..end];
            shards[missing[k]] = new Shard(held, new IndexPiece(SearchShards.Encode(held)));
        });
        return shards!;
    }

    /// <summary>The chunks of the numbered documents: last build's where a result shows the same, the others encoded (in parallel).</summary>
    private static Chunk[] Chunks(SearchIndexState? last, IndexedDocument[] numbered, ParallelOptions parallel)
    {
        var chunks = new Chunk?[(numbered.Length + SearchIndex.ChunkSize - 1) / SearchIndex.ChunkSize];
        (int Start, int End) Range(int k) => (k * SearchIndex.ChunkSize, Math.Min(numbered.Length, (k + 1) * SearchIndex.ChunkSize));
        for (var k = 0; k < chunks.Length; k++)
        {
            var (start, end) = Range(k);
            chunks[k] = last is not null && k < last._chunks.Length && last._chunks[k].Shows(numbered, start, end) ? last._chunks[k] : null;
        }
        var missing = Enumerable.Range(0, chunks.Length).Where(k => chunks[k] is null).ToArray();
        Parallel.For(0, missing.Length, parallel, m =>
        {
            var (start, end) = Range(missing[m]);
            var shown = numbered[start..end].Select(d => d.Document).ToArray();
            chunks[missing[m]] = new Chunk(shown, new IndexPiece(SearchIndex.Chunk(shown)));
        });
        return chunks!;
    }

    private List<OutputFile> Write()
    {
        var id = Id([.. _shards.Select(s => s.Piece), .. _chunks.Select(c => c.Piece)]);
        var folder = Urls.SearchIndex[..Urls.SearchIndex.LastIndexOf('/')].TrimStart('/') + "/" + id;
        var separators = _shards.Select((shard, i) => i == 0 ? "" : SearchShards.Separator(_shards[i - 1].Terms[^1].Term, shard.Terms[0].Term)).ToList();
        var files = new List<OutputFile>(1 + _shards.Length + _chunks.Length)
        {
            new(Urls.ToOutputPath(Urls.SearchIndex), SearchIndex.Manifest(id, _numbered, _dated, separators, _terms)),
        };
        files.AddRange(_shards.Select((shard, i) => new OutputFile($"{folder}/t/{i}.json", shard.Piece.Bytes)));
        files.AddRange(_chunks.Select((chunk, k) => new OutputFile($"{folder}/d/{k}.json", chunk.Piece.Bytes)));
        return files;
    }

    /// <summary>The folder's name: a hash of the pieces' hashes, each made once with its piece, so a save hashes no megabytes.</summary>
    private static string Id(IReadOnlyList<IndexPiece> pieces)
    {
        var hashes = new byte[pieces.Count * SHA256.HashSizeInBytes];
        for (var i = 0; i < pieces.Count; i++)
        {
            pieces[i].Hash.CopyTo(hashes, i * SHA256.HashSizeInBytes);
        }
        return Convert.ToHexStringLower(SHA256.HashData(hashes))[..12];
    }
}

/// <summary>The sources of an index, each made and tokenized (<see cref="SearchIndexState.Tokenize"/>), not yet numbered or merged.</summary>
internal sealed record TokenizedSources(IReadOnlyList<SearchSource> Sources, TermPool Pool, IndexedDocument[] Documents);

/// <summary>How <see cref="SearchIndexState.Update"/> made a state, cheapest path first.</summary>
internal enum IndexUpdate
{
    /// <summary>Every document kept its number: only the postings of changed documents' gained or lost terms are patched.</summary>
    SamePlaces,

    /// <summary>A few documents moved in the numbering: only the postings of their terms are renumbered.</summary>
    Moved,

    /// <summary>The numbering changed too much (or had ties): every posting merged again from the documents' terms.</summary>
    Merged,

    /// <summary>No last state: made from nothing.</summary>
    Afresh,
}
