using System.Runtime.CompilerServices;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// A short term as one number, for comparisons that need not read its characters: the stop words
/// (<see cref="SearchTokenizer"/>) and a thread's known terms (<see cref="KnownTerms"/>).
/// </summary>
internal static class PackedTerm
{
    /// <summary>
    /// The term a byte a character when it is one to eight ASCII characters other than NUL, else 0: two different terms
    /// that pack are never packed alike, whatever their lengths.
    /// </summary>
    public static ulong Of(ReadOnlySpan<char> term)
    {
        ulong packed = 0;
        for (var i = 0; i < term.Length; i++)
        {
            packed = Append(packed, i, term[i]);
        }
        return packed;
    }

    /// <summary>
    /// The packing of a term of <paramref name="length"/> characters packed as <paramref name="packed"/>, with
    /// <paramref name="next"/> after them: what <see cref="Of"/> gives for the longer term, one character at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Append(ulong packed, int length, char next) =>
        (length == 0 || packed != 0) && length < sizeof(ulong) && next is > '\0' and < (char)0x80 ? packed << 8 | next : 0;
}

/// <summary>
/// The hash a thread's known terms (<see cref="KnownTerms"/>) file a term under, never negative. A term that packs
/// (<see cref="PackedTerm"/>: most words) is hashed from its packing, so that the tokenizer does no hashing work per
/// character (a multiply chained through every character was a third of its time reading ASCII); a longer or non-ASCII
/// term gets FNV-1a over its UTF-16 units, its high bits folded into the low ones that pick a slot. Not randomised: the
/// table lives for one build of the site's own content, and a term that collides costs a comparison, never a wrong answer.
/// </summary>
internal static class TermHash
{
    public static int Of(ReadOnlySpan<char> term) => Of(term, PackedTerm.Of(term));

    /// <summary>The hash of <paramref name="term"/>, whose packing is <paramref name="packed"/>.</summary>
    public static int Of(ReadOnlySpan<char> term, ulong packed) => packed != 0 ? OfPacked(packed) : Fnv(term);

    // Fibonacci hashing: the high bits of the product depend on every byte of the packing, the low ones only on the last.
    private static int OfPacked(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> 33);

    private static int Fnv(ReadOnlySpan<char> term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)((hash ^ (hash >> 15)) & int.MaxValue);
    }
}

/// <summary>
/// A term as the tokenizer hands it over: its characters, valid only during the call, with the hash and packing a
/// thread's known terms look it up by (<see cref="KnownTerms"/>): the packing made while its characters were read, the
/// hash from the packing, or from the characters for a term that does not pack.
/// </summary>
internal readonly ref struct FoldedTerm(ReadOnlySpan<char> text, int hash, ulong packed)
{
    public ReadOnlySpan<char> Text { get; } = text;

    /// <summary><see cref="TermHash.Of(ReadOnlySpan{char})"/> of <see cref="Text"/>.</summary>
    public int Hash { get; } = hash;

    /// <summary><see cref="PackedTerm.Of"/> of <see cref="Text"/>.</summary>
    public ulong Packed { get; } = packed;

    public static FoldedTerm Of(ReadOnlySpan<char> text)
    {
        var packed = PackedTerm.Of(text);
        return new(text, TermHash.Of(text, packed), packed);
    }
}
