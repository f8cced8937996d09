using System.Text.Json;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// What results can be filtered by: each document's kind, actors and tags, as postings under keys no word can
/// take (<c>kind:event</c>, <c>actor:aze</c>, <c>tag:energy</c>), and as the lists the search form offers.
/// A tag is keyed by its slug, as its page is, and shown as first spelt in document order.
/// </summary>
internal static class SearchFacets
{
    private static readonly (string Group, string List)[] Groups = [("kind", "kinds"), ("actor", "actors"), ("tag", "tags")];

    /// <summary>The filter terms of one document (a repeated one may come twice).</summary>
    public static IEnumerable<string> Terms(SearchDocument doc) =>
        Values(doc).Select(v => $"{v.Group}:{v.Key}");

    /// <summary>
    /// <c>"kinds":[["event","Event",120],…]</c>, likewise actors and tags, each sorted by name: from the filter
    /// terms of the index (<paramref name="terms"/>, in ordinal order) and the documents as numbered.
    /// </summary>
    public static void WriteLists(Utf8JsonWriter json, IReadOnlyList<IndexedTerm> terms, IReadOnlyList<IndexedDocument> numbered)
    {
        foreach (var (group, list) in Groups)
        {
            var values = WithPrefix(terms, group + ":")
                .Select(t => (Key: t.Term[(group.Length + 1)..], Name: NameIn(numbered[t.Docs[0]].Document, group, t.Term), Count: t.Docs.Length))
                .OrderBy(v => v.Name, StringComparer.Ordinal)
                .ThenBy(v => v.Key, StringComparer.Ordinal);
            json.WriteStartArray(list);
            foreach (var (key, name, count) in values)
            {
                json.WriteStartArray();
                json.WriteStringValue(key);
                json.WriteStringValue(name);
                json.WriteNumberValue(count);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
    }

    private static IEnumerable<(string Group, string Key, string Name)> Values(SearchDocument doc) =>
        doc.Actors.Select(a => ("actor", a.Code.ToLowerInvariant(), a.Name))
            .Concat(doc.Tags.Select(t => ("tag", Slug.From(t), t)))
            .Prepend(("kind", doc.Kind.ToLowerInvariant(), doc.Kind));

    // A value is shown as the first document that has it spells it: the lowest numbered, first in its own list.
    private static string NameIn(SearchDocument first, string group, string term) =>
        Values(first).First(v => v.Group == group && $"{v.Group}:{v.Key}" == term).Name;

    private static IEnumerable<IndexedTerm> WithPrefix(IReadOnlyList<IndexedTerm> terms, string prefix)
    {
        var (low, high) = (0, terms.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = string.CompareOrdinal(terms[middle].Term, prefix) < 0 ? (middle + 1, high) : (low, middle);
        }
        for (var i = low; i < terms.Count && terms[i].Term.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return terms[i];
        }
    }
}
