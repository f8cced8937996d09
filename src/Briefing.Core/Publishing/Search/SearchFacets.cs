using System.Text.Json;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// What results can be filtered by: each document's kind, actors and tags, as postings under keys no word can
/// take (<c>kind:event</c>, <c>actor:aze</c>, <c>tag:energy</c>), and as the lists the search form offers.
/// A tag is keyed by its slug, as its page is, and shown as first spelt in document order.
/// </summary>
public sealed class SearchFacets
{
    private readonly List<(string Group, string Key, string Name, List<int> Docs)> _values = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public static SearchFacets Of(IReadOnlyList<SearchDocument> docs)
    {
        var facets = new SearchFacets();
        for (var i = 0; i < docs.Count; i++)
        {
            var doc = docs[i];
            facets.Add("kind", doc.Kind.ToLowerInvariant(), doc.Kind, i);
            foreach (var actor in doc.Actors)
            {
                facets.Add("actor", actor.Code.ToLowerInvariant(), actor.Name, i);
            }
            foreach (var tag in doc.Tags)
            {
                facets.Add("tag", Slug.From(tag), tag, i);
            }
        }
        return facets;
    }

    private void Add(string group, string key, string name, int doc)
    {
        var term = $"{group}:{key}";
        if (!_index.TryGetValue(term, out var at))
        {
            _index[term] = at = _values.Count;
            _values.Add((group, key, name, []));
        }
        var docs = _values[at].Docs;
        if (docs.Count == 0 || docs[^1] != doc)
        {
            docs.Add(doc);
        }
    }

    public IEnumerable<Posting> Postings => _values.Select(v => new Posting($"{v.Group}:{v.Key}", [.. v.Docs], []));

    /// <summary><c>"kinds":[["event","Event",120],…]</c>, likewise actors and tags, each sorted by name.</summary>
    public void WriteLists(Utf8JsonWriter json)
    {
        foreach (var (group, list) in new[] { ("kind", "kinds"), ("actor", "actors"), ("tag", "tags") })
        {
            json.WriteStartArray(list);
            foreach (var value in _values.Where(v => v.Group == group).OrderBy(v => v.Name, StringComparer.Ordinal).ThenBy(v => v.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray();
                json.WriteStringValue(value.Key);
                json.WriteStringValue(value.Name);
                json.WriteNumberValue(value.Docs.Count);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
    }
}
