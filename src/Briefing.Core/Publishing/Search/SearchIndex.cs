using System.Security.Cryptography;
using System.Text;
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
/// <item><c>/search/&lt;id&gt;/t/&lt;n&gt;.json</c>, term shards: consecutive runs of the sorted terms, each about
/// <see cref="ShardBytes"/>, mapping a term to its documents (<see cref="PostingCodec"/>), then <c>!</c> and the
/// positions among those of the documents whose title has it. Filters are terms too: <c>kind:event</c>,
/// <c>actor:aze</c>, <c>tag:energy</c> (no word has a colon).</item>
/// <item><c>/search/&lt;id&gt;/d/&lt;k&gt;.json</c>, what a result shows (title, URL, kind, date, summary) for
/// <see cref="ChunkSize"/> documents at a time.</item>
/// </list>
/// Documents are numbered newest first (undated ones last), so "newest first" is number order and a page of
/// results mostly reads one or two chunks. <c>&lt;id&gt;</c> is a hash of the pieces: a new build's pieces
/// live in a new folder, so a manifest cached from an older build never meets a newer shard.
/// </summary>
public static class SearchIndex
{
    public const int Format = 2;

    public const int ChunkSize = 8;

    public const int ShardBytes = 32 * 1024;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every file of the index: the manifest first, then the shards, then the chunks.</summary>
    public static IReadOnlyList<OutputFile> Write(IReadOnlyList<SearchDocument> documents, ParallelOptions? parallel = null)
    {
        var docs = Ordered(documents);
        var facets = SearchFacets.Of(docs);
        var postings = SearchPostings.Of(docs, parallel).Concat(facets.Postings).OrderBy(p => p.Term, StringComparer.Ordinal).ToList();
        var encoded = new (string Term, string Value)[postings.Count];
        Parallel.For(0, postings.Count, parallel ?? new ParallelOptions(), i => encoded[i] = (postings[i].Term, Value(postings[i])));
        var (separators, shards) = Shards(encoded);
        var chunks = docs.Chunk(ChunkSize).Select(Chunk).ToList();
        var id = Id(shards.Concat(chunks));
        var folder = Urls.SearchIndex[..Urls.SearchIndex.LastIndexOf('/')].TrimStart('/') + "/" + id;
        var files = new List<OutputFile>(1 + shards.Count + chunks.Count)
        {
            new(Urls.ToOutputPath(Urls.SearchIndex), Manifest(id, docs, separators, facets)),
        };
        files.AddRange(shards.Select((bytes, i) => new OutputFile($"{folder}/t/{i}.json", bytes)));
        files.AddRange(chunks.Select((bytes, k) => new OutputFile($"{folder}/d/{k}.json", bytes)));
        return files;
    }

    /// <summary>Newest first by date (ISO text compares as dates do), undated last, ties by URL: the numbering.</summary>
    public static IReadOnlyList<SearchDocument> Ordered(IReadOnlyList<SearchDocument> documents) =>
        documents
            .OrderBy(d => d.Date.Length == 0)
            .ThenByDescending(d => d.Date, StringComparer.Ordinal)
            .ThenBy(d => d.Url, StringComparer.Ordinal)
            .ToList();

    private static string Value(Posting posting) =>
        posting.InTitle.Length == 0
            ? PostingCodec.Encode(posting.Docs)
            : PostingCodec.Encode(posting.Docs) + "!" + PostingCodec.Encode(posting.InTitle);

    /// <summary>
    /// Consecutive terms packed into shards of about <see cref="ShardBytes"/>. Each shard after the first is
    /// named by the shortest start of its first term that sorts after the last term of the one before, which is
    /// all the browser needs to find the shard a term would be in.
    /// </summary>
    private static (List<string> Separators, List<byte[]> Shards) Shards(IReadOnlyList<(string Term, string Value)> terms)
    {
        var separators = new List<string>();
        var shards = new List<byte[]>();
        var start = 0;
        while (start < terms.Count)
        {
            var end = start;
            var size = 0;
            do
            {
                size += Encoding.UTF8.GetByteCount(terms[end].Term) + terms[end].Value.Length + 6;
                end++;
            }
            while (end < terms.Count && size + Encoding.UTF8.GetByteCount(terms[end].Term) + terms[end].Value.Length + 6 <= ShardBytes);
            separators.Add(start == 0 ? "" : Separator(terms[start - 1].Term, terms[start].Term));
            shards.Add(Shard(terms, start, end));
            start = end;
        }
        return (separators, shards);
    }

    private static string Separator(string last, string first)
    {
        for (var length = 1; length < first.Length; length++)
        {
            if (string.CompareOrdinal(first[..length], last) > 0)
            {
                return first[..length];
            }
        }
        return first;
    }

    private static byte[] Shard(IReadOnlyList<(string Term, string Value)> terms, int start, int end) =>
        WriteJson(json =>
        {
            json.WriteStartObject();
            for (var i = start; i < end; i++)
            {
                json.WriteString(terms[i].Term, terms[i].Value);
            }
            json.WriteEndObject();
        });

    private static byte[] Chunk(SearchDocument[] docs) =>
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

    private static byte[] Manifest(string id, IReadOnlyList<SearchDocument> docs, IReadOnlyList<string> separators, SearchFacets facets) =>
        WriteJson(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("id", id);
            json.WriteNumber("docs", docs.Count);
            json.WriteNumber("dated", docs.Count(d => d.Date.Length > 0));
            json.WriteNumber("chunk", ChunkSize);
            json.WriteStartArray("shards");
            separators.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            facets.WriteLists(json);
            json.WriteEndObject();
        });

    private static string Id(IEnumerable<byte[]> pieces)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var piece in pieces)
        {
            hash.AppendData(piece);
            hash.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

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
