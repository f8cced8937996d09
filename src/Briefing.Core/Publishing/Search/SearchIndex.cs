using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// The search index as the browser reads it: in pieces, so that a query downloads the little it needs.
/// <list type="bullet">
/// <item><c>/search/index.json</c>, the manifest: the number of documents, the first term of each shard, and the
/// kinds, actors and tags results can be filtered by, with their counts.</item>
/// <item><c>/search/&lt;id&gt;/t/&lt;n&gt;.json</c>, term shards: consecutive runs of the sorted terms, each at most
/// <see cref="ShardBytes"/> (cut where <see cref="SearchShards"/> says, so that an edit changes few shards), mapping a term to its documents (<see cref="PostingCodec"/>), then <c>!</c> and the
/// positions among those of the documents whose title has it. Filters are terms too: <c>kind:event</c>,
/// <c>actor:aze</c>, <c>tag:energy</c> (no word has a colon).</item>
/// <item><c>/search/&lt;id&gt;/d/&lt;k&gt;.json</c>, what a result shows (title, URL, kind, date, summary) for
/// <see cref="ChunkSize"/> documents at a time.</item>
/// </list>
/// Documents are numbered newest first (undated ones last), so "newest first" is number order and a page of
/// results mostly reads one or two chunks. <c>&lt;id&gt;</c> is a hash of the pieces: a new build's pieces
/// live in a new folder, so a manifest cached from an older build never meets a newer shard.
/// <para>
/// <see cref="Write"/> makes the index afresh; <c>serve</c> brings last build's up to date (<see cref="SearchIndexState"/>),
/// to the same bytes.
/// </para>
/// </summary>
public static class SearchIndex
{
    public const int Format = 2;

    public const int ChunkSize = 8;

    /// <summary>The most a term shard holds, unless one term alone is larger.</summary>
    public const int ShardBytes = 32 * 1024;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every file of the index: the manifest first, then the shards, then the chunks.</summary>
    public static IReadOnlyList<OutputFile> Write(IReadOnlyList<SearchDocument> documents, ParallelOptions? parallel = null) =>
        SearchIndexState.Update(null, [.. documents.Select(d => new SearchSource(d, () => d))], parallel).Files;

    /// <summary>Newest first by date (ISO text compares as dates do), undated last, ties by URL: the numbering.</summary>
    public static IReadOnlyList<SearchDocument> Ordered(IReadOnlyList<SearchDocument> documents) =>
        [.. Order(documents).Select(i => documents[i])];

    /// <summary>The numbering as positions in <paramref name="documents"/>: <see cref="Ordered"/>, where equal documents keep their order.</summary>
    internal static int[] Order(IReadOnlyList<SearchDocument> documents) =>
        [.. Enumerable.Range(0, documents.Count)
            .OrderBy(i => documents[i].Date.Length == 0)
            .ThenByDescending(i => documents[i].Date, StringComparer.Ordinal)
            .ThenBy(i => documents[i].Url, StringComparer.Ordinal)];

    /// <summary>
    /// The numbering's comparison of two documents, as <see cref="Order"/> sorts them (zero: the same place, where the
    /// order of the sources decides); what an update uses to insert moved documents among last build's numbering.
    /// </summary>
    internal static int Compare(SearchDocument one, SearchDocument other)
    {
        var undated = (one.Date.Length == 0).CompareTo(other.Date.Length == 0);
        if (undated != 0)
        {
            return undated;
        }
        var newer = string.CompareOrdinal(other.Date, one.Date);
        return newer != 0 ? newer : string.CompareOrdinal(one.Url, other.Url);
    }

    /// <summary>A chunk's file: what a result shows of each document.</summary>
    internal static byte[] Chunk(IReadOnlyList<SearchDocument> docs) =>
        WriteJson(json =>
        {
            json.WriteStartArray();
            foreach (var doc in docs)
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
        });

    /// <summary>The manifest, from the documents as numbered, the shards' separators and every term (the filters' among them).</summary>
    internal static byte[] Manifest(string id, IReadOnlyList<IndexedDocument> numbered, int dated, IReadOnlyList<string> separators, IReadOnlyList<IndexedTerm> terms) =>
        WriteJson(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("id", id);
            json.WriteNumber("docs", numbered.Count);
            json.WriteNumber("dated", dated);
            json.WriteNumber("chunk", ChunkSize);
            json.WriteStartArray("shards");
            foreach (var separator in separators)
            {
                json.WriteStringValue(separator);
            }
            json.WriteEndArray();
            SearchFacets.WriteLists(json, terms, numbered);
            json.WriteEndObject();
        });

    internal static byte[] WriteJson(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Json))
        {
            write(json);
        }
        return stream.ToArray();
    }
}
