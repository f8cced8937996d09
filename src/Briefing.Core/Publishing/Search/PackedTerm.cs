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
/// The hash a thread's known terms (<see cref="KnownTerms"/>) file a term under: FNV-1a over its UTF-16 units, its high
/// bits folded into the low ones that pick a slot, never negative. Made a character at a time, so that the tokenizer
/// hashes a term as it reads it rather than reading it again. Not randomised: the table lives for one build of the
/// site's own content, and a term that collides costs a comparison, never a wrong answer.
/// </summary>
internal static class TermHash
{
    public const uint Start = 2166136261u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char next) => (hash ^ next) * 16777619u;

    public static int Finish(uint hash) => (int)((hash ^ (hash >> 15)) & int.MaxValue);

    public static int Of(ReadOnlySpan<char> term)
    {
        var hash = Start;
        foreach (var c in term)
        {
            hash = Step(hash, c);
        }
        return Finish(hash);
    }
}

/// <summary>
/// A term as the tokenizer hands it over: its characters, valid only during the call, with the hash and packing a
/// thread's known terms look it up by (<see cref="KnownTerms"/>), both made while its characters were read.
/// </summary>
internal readonly ref struct FoldedTerm(ReadOnlySpan<char> text, int hash, ulong packed)
{
    public ReadOnlySpan<char> Text { get; } = text;

    /// <summary><see cref="TermHash.Of"/> of <see cref="Text"/>.</summary>
    public int Hash { get; } = hash;

    /// <summary><see cref="PackedTerm.Of"/> of <see cref="Text"/>.</summary>
    public ulong Packed { get; } = packed;

    public static FoldedTerm Of(ReadOnlySpan<char> text) => new(text, TermHash.Of(text), PackedTerm.Of(text));
}
