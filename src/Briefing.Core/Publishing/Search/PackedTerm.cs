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
        if (term.Length is 0 or > sizeof(ulong))
        {
            return 0;
        }
        ulong packed = 0;
        foreach (var c in term)
        {
            if (c is '\0' or >= (char)0x80)
            {
                return 0;
            }
            packed = packed << 8 | c;
        }
        return packed;
    }
}
