using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// One term of the index: the documents containing it (ascending numbers) and, of those, the positions in
/// <see cref="Docs"/> of the documents whose title contains it (a title match ranks higher).
/// </summary>
public sealed record Posting(string Term, int[] Docs, int[] InTitle);

/// <summary>
/// The inverted index of a list of documents: each term with the documents that contain it, terms in ordinal
/// order, so the result depends only on the documents and their order, never on thread timing. A document's terms
/// are its words (<see cref="SearchTokenizer"/>) and its filters (<see cref="SearchFacets"/>), each as a key: the
/// term's number in a <see cref="TermPool"/> shifted left one bit, with the low bit set when the title has it.
/// </summary>
public static class SearchPostings
{
    /// <summary>A term's key in one document: not there, there, or in its title.</summary>
    internal const int Absent = -1, InBody = 0, InTitle = 1;

    public static IReadOnlyList<Posting> Of(IReadOnlyList<SearchDocument> documents, ParallelOptions? parallel = null)
    {
        var pool = new TermPool();
        var perDocument = new int[documents.Count][];
        Parallel.For(0, documents.Count, parallel ?? new ParallelOptions(), () => new TermMarks(), (i, _, seen) =>
        {
            perDocument[i] = KeysOf(documents[i], pool, seen);
            return seen;
        }, _ => { });
        return Merge(perDocument, pool.Count)
            .Select(p => new Posting(pool.Name(p.Id), p.Docs, p.InTitle))
            .OrderBy(p => p.Term, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The document's keys, ascending; <paramref name="seen"/> is scratch space the caller reuses.</summary>
    internal static int[] KeysOf(SearchDocument doc, TermPool pool, TermMarks seen)
    {
        seen.Begin();
        SearchTokenizer.Tokenize(doc.Title, (FoldedTerm term) => seen.InTitle(seen.IdOf(term, pool)));
        SearchTokenizer.FoldedTermHandler add = term => seen.InBody(seen.IdOf(term, pool));
        SearchTokenizer.Tokenize(doc.Summary, add);
        foreach (var tag in doc.Tags)
        {
            SearchTokenizer.Tokenize(tag, add);
        }
        SearchTokenizer.Tokenize(doc.Text, add);
        if (doc.Body is { } body)
        {
            HtmlTerms.Tokenize(body, add);
        }
        // Filters hold a colon, which no word has: they never meet a word's key.
        foreach (var facet in SearchFacets.Terms(doc))
        {
            seen.InBody(pool.Id(facet));
        }
        return seen.Keys();
    }

    /// <summary>The postings of documents numbered by their place in <paramref name="perDocument"/>, by term number (terms below <paramref name="terms"/>).</summary>
    internal static List<(int Id, int[] Docs, int[] InTitle)> Merge(IReadOnlyList<int[]> perDocument, int terms)
    {
        var counts = new int[terms];
        var titleCounts = new int[terms];
        foreach (var keys in perDocument)
        {
            foreach (var key in keys)
            {
                counts[key >> 1]++;
                titleCounts[key >> 1] += key & 1;
            }
        }
        var docs = new int[terms][];
        var inTitle = new int[terms][];
        for (var id = 0; id < terms; id++)
        {
            (docs[id], inTitle[id]) = counts[id] == 0 ? ([], []) : (new int[counts[id]], new int[titleCounts[id]]);
        }
        var filled = new int[terms];
        var titleFilled = new int[terms];
        for (var doc = 0; doc < perDocument.Count; doc++)
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
        return [.. Enumerable.Range(0, terms).Where(id => counts[id] > 0).Select(id => (id, docs[id], inTitle[id]))];
    }

    /// <summary>
    /// What changed between two versions of document <paramref name="doc"/>'s keys, added to <paramref name="changes"/>:
    /// for each term gained, lost or moved into or out of the title, the document and where the term now is
    /// (<see cref="Absent"/>, <see cref="InBody"/> or <see cref="InTitle"/>). Documents must be diffed in ascending order.
    /// </summary>
    internal static void Diff(int[] before, int[] after, int doc, Dictionary<int, List<(int Doc, int Place)>> changes)
    {
        void Add(int id, int place)
        {
            if (!changes.TryGetValue(id, out var list))
            {
                changes[id] = list = [];
            }
            list.Add((doc, place));
        }
        int i = 0, j = 0;
        while (i < before.Length || j < after.Length)
        {
            var old = i < before.Length ? before[i] >> 1 : int.MaxValue;
            var now = j < after.Length ? after[j] >> 1 : int.MaxValue;
            if (old < now)
            {
                Add(old, Absent);
                i++;
            }
            else if (now < old)
            {
                Add(now, after[j++] & 1);
            }
            else
            {
                if (before[i] != after[j])
                {
                    Add(now, after[j] & 1);
                }
                i++;
                j++;
            }
        }
    }

    /// <summary>
    /// A term's documents and title positions after a renumbering: each of <paramref name="docs"/> given its number
    /// in <paramref name="renumbered"/> (-1: dropped), which must keep their order, and the documents of
    /// <paramref name="added"/> (ascending, each <see cref="InBody"/> or <see cref="InTitle"/>) merged in.
    /// </summary>
    internal static (int[] Docs, int[] InTitle) Renumber(int[] docs, int[] inTitle, int[] renumbered, List<(int Doc, int Place)> added)
    {
        var newDocs = new List<int>(docs.Length + added.Count);
        var newTitle = new List<int>(inTitle.Length + added.Count);
        int i = 0, t = 0, a = 0;
        while (i < docs.Length || a < added.Count)
        {
            var wasInTitle = i < docs.Length && t < inTitle.Length && inTitle[t] == i;
            var now = i < docs.Length ? renumbered[docs[i]] : -1;
            if (i < docs.Length && now < 0)
            {
                (i, t) = (i + 1, t + (wasInTitle ? 1 : 0));
                continue;
            }
            if (a < added.Count && (i == docs.Length || added[a].Doc < now))
            {
                if (added[a].Place == InTitle)
                {
                    newTitle.Add(newDocs.Count);
                }
                newDocs.Add(added[a++].Doc);
                continue;
            }
            if (wasInTitle)
            {
                newTitle.Add(newDocs.Count);
            }
            newDocs.Add(now);
            (i, t) = (i + 1, t + (wasInTitle ? 1 : 0));
        }
        return ([.. newDocs], [.. newTitle]);
    }

    /// <summary>A term's documents and title positions with <paramref name="changes"/> (ascending by document) applied.</summary>
    internal static (int[] Docs, int[] InTitle) Patch(int[] docs, int[] inTitle, List<(int Doc, int Place)> changes)
    {
        var newDocs = new List<int>(docs.Length + changes.Count);
        var newTitle = new List<int>(inTitle.Length + changes.Count);
        void Emit(int doc, bool title)
        {
            if (title)
            {
                newTitle.Add(newDocs.Count);
            }
            newDocs.Add(doc);
        }
        int i = 0, t = 0, c = 0;
        while (i < docs.Length || c < changes.Count)
        {
            var wasInTitle = t < inTitle.Length && inTitle[t] == i;
            if (c == changes.Count || i < docs.Length && docs[i] < changes[c].Doc)
            {
                Emit(docs[i++], wasInTitle);
                t += wasInTitle ? 1 : 0;
                continue;
            }
            var (doc, place) = changes[c++];
            if (i < docs.Length && docs[i] == doc)
            {
                i++;
                t += wasInTitle ? 1 : 0;
            }
            if (place != Absent)
            {
                Emit(doc, place == InTitle);
            }
        }
        return ([.. newDocs], [.. newTitle]);
    }
}
