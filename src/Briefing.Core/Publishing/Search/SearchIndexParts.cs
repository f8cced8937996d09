using System.Security.Cryptography;
using System.Text;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// One document as the index keeps it between builds: the key it was made from (<see cref="SearchSource.Key"/>),
/// what a result shows of it (<see cref="Document"/>, without the full text, which is tokenized once and not
/// kept: ten thousand documents' text would be tens of megabytes held for nothing), and its term keys
/// (<see cref="SearchPostings"/>), ascending. Never changed once made.
/// </summary>
internal sealed class IndexedDocument(object key, SearchDocument document, int[] terms)
{
    public object Key { get; } = key;

    public SearchDocument Document { get; } = document;

    public int[] Terms { get; } = terms;

    /// <summary>Makes the document and tokenizes it: the costly part of indexing, done once per changed document.</summary>
    public static IndexedDocument Of(SearchSource source, TermPool pool, TermMarks seen)
    {
        var document = source.Make();
        return new IndexedDocument(source.Key, document with { Text = "", Body = null }, SearchPostings.KeysOf(document, pool, seen));
    }

    /// <summary>True when two documents take the same place in the numbering (<see cref="SearchIndex.Ordered"/>).</summary>
    public bool SamePlaceAs(IndexedDocument other) =>
        string.Equals(Document.Date, other.Document.Date, StringComparison.Ordinal) && string.Equals(Document.Url, other.Document.Url, StringComparison.Ordinal);

}

/// <summary>
/// One term of the index with its posting, encoded once (<see cref="Value"/>), and what placing it in a shard
/// needs: its <see cref="Size"/> in a shard and whether it starts a run of shards (<see cref="SearchShards"/>).
/// Never changed once made, so a shard made of the same terms (by reference) is the same bytes.
/// </summary>
internal sealed class IndexedTerm
{
    public IndexedTerm(int id, string term, int[] docs, int[] inTitle)
    {
        Id = id;
        Term = term;
        Docs = docs;
        InTitle = inTitle;
        Value = inTitle.Length == 0 ? PostingCodec.Encode(docs) : PostingCodec.Encode(docs) + "!" + PostingCodec.Encode(inTitle);
        // The bytes "term":"value", in a shard, with room for the JSON around it.
        Size = Encoding.UTF8.GetByteCount(term) + Value.Length + 6;
        StartsRun = SearchShards.StartsRun(term, Size);
    }

    /// <summary>The term's number in the <see cref="TermPool"/>.</summary>
    public int Id { get; }

    public string Term { get; }

    public int[] Docs { get; }

    public int[] InTitle { get; }

    public string Value { get; }

    public int Size { get; }

    public bool StartsRun { get; }

    public bool SamePosting(int[] docs, int[] inTitle) => Docs.AsSpan().SequenceEqual(docs) && InTitle.AsSpan().SequenceEqual(inTitle);
}

/// <summary>The bytes of one file of the index, with their hash (the folder's name is a hash of these hashes).</summary>
internal sealed class IndexPiece(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes;

    public byte[] Hash { get; } = SHA256.HashData(bytes);
}

/// <summary>A term shard: consecutive terms (<c>t/&lt;n&gt;.json</c>) and their bytes.</summary>
internal sealed record Shard(IndexedTerm[] Terms, IndexPiece Piece)
{
    /// <summary>True when the shard holds exactly these terms, the same objects: then it is the same bytes.</summary>
    public bool Holds(IReadOnlyList<IndexedTerm> terms, int start, int end)
    {
        if (Terms.Length != end - start)
        {
            return false;
        }
        for (var i = 0; i < Terms.Length; i++)
        {
            if (!ReferenceEquals(Terms[i], terms[start + i]))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>
/// A chunk: what results show of <see cref="SearchIndex.ChunkSize"/> consecutive documents (<c>d/&lt;k&gt;.json</c>),
/// kept as the documents it was written from (without their terms) and its bytes.
/// </summary>
internal sealed record Chunk(SearchDocument[] Documents, IndexPiece Piece)
{
    /// <summary>True when a result shows these documents as this chunk's: then it is the same bytes.</summary>
    public bool Shows(IReadOnlyList<IndexedDocument> numbered, int start, int end)
    {
        if (Documents.Length != end - start)
        {
            return false;
        }
        for (var i = 0; i < Documents.Length; i++)
        {
            if (!ShownAlike(Documents[i], numbered[start + i].Document))
            {
                return false;
            }
        }
        return true;
    }

    private static bool ShownAlike(SearchDocument one, SearchDocument other) =>
        ReferenceEquals(one, other)
        || string.Equals(one.Title, other.Title, StringComparison.Ordinal)
        && string.Equals(one.Url, other.Url, StringComparison.Ordinal)
        && string.Equals(one.Kind, other.Kind, StringComparison.Ordinal)
        && string.Equals(one.Date, other.Date, StringComparison.Ordinal)
        && string.Equals(one.Summary, other.Summary, StringComparison.Ordinal);
}
