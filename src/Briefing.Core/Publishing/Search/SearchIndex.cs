using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// The search index as the browser loads it: an inverted index, so a word shared by a hundred pages
/// is stored once with a list of document numbers, rather than a hundred times in full texts.
/// <code>{"docs":[[title, url, kind, date, summary], …], "terms":{"term":[doc, …], …}}</code>
/// Documents keep the order given; terms are sorted, so the bytes depend only on the content.
/// </summary>
public static class SearchIndex
{
    public static byte[] Write(IReadOnlyList<SearchDocument> documents)
    {
        var postings = Postings(documents);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("docs");
            foreach (var doc in documents)
            {
                json.WriteStartArray();
                json.WriteStringValue(doc.Title);
                json.WriteStringValue(doc.Url);
                json.WriteStringValue(doc.Kind);
                json.WriteStringValue(doc.Date);
                json.WriteStringValue(doc.Summary);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartObject("terms");
            foreach (var (term, docs) in postings)
            {
                json.WriteStartArray(term);
                docs.ForEach(json.WriteNumberValue);
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>Each term with the ascending numbers of the documents containing it, terms in ordinal order.</summary>
    public static SortedDictionary<string, List<int>> Postings(IReadOnlyList<SearchDocument> documents)
    {
        // Tokenising is per document and is most of the work: done in parallel, then merged in
        // document order, so each list comes out ascending whatever the threads did.
        // Terms go through one pool: a word in a hundred thousand documents is one string, not a hundred thousand.
        var pool = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var terms = new string[documents.Count][];
        Parallel.For(0, documents.Count, i => terms[i] = SearchTokenizer.Terms(TextOf(documents[i])).Distinct().Select(t => pool.GetOrAdd(t, t)).ToArray());
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            foreach (var term in terms[i])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }
                list.Add(i);
            }
        }
        return new SortedDictionary<string, List<int>>(postings, StringComparer.Ordinal);
    }

    private static string TextOf(SearchDocument doc) => string.Join(' ', [doc.Title, doc.Summary, .. doc.Tags, doc.Text]);
}
