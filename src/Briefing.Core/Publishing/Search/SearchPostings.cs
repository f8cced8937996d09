using System.Collections.Concurrent;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// One term of the index: the documents containing it (ascending numbers) and, of those, the positions in
/// <see cref="Docs"/> of the documents whose title contains it (a title match ranks higher).
/// </summary>
public sealed record Posting(string Term, int[] Docs, int[] InTitle);

/// <summary>
/// The inverted index of a list of documents: each term with the documents that contain it, terms in ordinal
/// order, so the result depends only on the documents and their order, never on thread timing.
/// </summary>
public static class SearchPostings
{
    public static IReadOnlyList<Posting> Of(IReadOnlyList<SearchDocument> documents, ParallelOptions? parallel = null)
    {
        // Tokenising is per document and is most of the work: done in parallel. Each distinct term becomes one
        // string and one number the first time any thread meets it; a document is then a sorted array of
        // numbers, each shifted left one bit with the low bit set when the term is in the title.
        var pool = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        var next = -1;
        int Id(ReadOnlySpan<char> term)
        {
            if (lookup.TryGetValue(term, out var id))
            {
                return id;
            }
            // Two threads may meet a new term at once: one number wins, the other is never used.
            var fresh = Interlocked.Increment(ref next);
            return lookup.TryAdd(term, fresh) ? fresh : lookup[term];
        }
        var perDocument = new int[documents.Count][];
        Parallel.For(0, documents.Count, parallel ?? new ParallelOptions(), () => new HashSet<int>(), (i, _, seen) =>
        {
            perDocument[i] = TermsOf(documents[i], Id, seen);
            return seen;
        }, _ => { });
        return Merge(perDocument, pool);
    }

    private static int[] TermsOf(SearchDocument doc, Func<ReadOnlySpan<char>, int> id, HashSet<int> seen)
    {
        seen.Clear();
        SearchTokenizer.Tokenize(doc.Title, term => seen.Add(id(term) << 1 | 1));
        SearchTokenizer.TermHandler add = term =>
        {
            var key = id(term) << 1;
            if (!seen.Contains(key | 1))
            {
                seen.Add(key);
            }
        };
        SearchTokenizer.Tokenize(doc.Summary, add);
        foreach (var tag in doc.Tags)
        {
            SearchTokenizer.Tokenize(tag, add);
        }
        SearchTokenizer.Tokenize(doc.Text, add);
        var terms = seen.ToArray();
        Array.Sort(terms);
        return terms;
    }

    private static List<Posting> Merge(int[][] perDocument, ConcurrentDictionary<string, int> pool)
    {
        var names = new string[pool.IsEmpty ? 0 : pool.Values.Max() + 1];
        foreach (var (term, id) in pool)
        {
            names[id] = term;
        }
        var counts = new int[names.Length];
        var titleCounts = new int[names.Length];
        foreach (var terms in perDocument)
        {
            foreach (var key in terms)
            {
                counts[key >> 1]++;
                titleCounts[key >> 1] += key & 1;
            }
        }
        var docs = counts.Select(n => new int[n]).ToArray();
        var inTitle = titleCounts.Select(n => new int[n]).ToArray();
        var filled = new int[names.Length];
        var titleFilled = new int[names.Length];
        for (var doc = 0; doc < perDocument.Length; doc++)
        {
            foreach (var key in perDocument[doc])
            {
                var id = key >> 1;
                if ((key & 1) == 1)
                {
                    inTitle[id][titleFilled[id]++] = filled[id];
                }
                docs[id][filled[id]++] = doc;
            }
        }
        return Enumerable.Range(0, names.Length)
            .Where(id => counts[id] > 0)
            .Select(id => new Posting(names[id], docs[id], inTitle[id]))
            .OrderBy(p => p.Term, StringComparer.Ordinal)
            .ToList();
    }
}
