using System.Globalization;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// A character outside ASCII as the browser has it after <c>toLowerCase().normalize('NFD')</c> with marks removed:
/// "Ş" is "s", "é" is "e", a combining mark is nothing, "ə" stays "ə". The canonical decompositions come from
/// <c>Data/fold.tsv</c> (Hangul syllables are worked out, as Unicode defines them), not from
/// <see cref="string.Normalize()"/>: the CLI runs with invariant globalization, where .NET has no Unicode
/// normalization data and returns text unchanged. A test regenerates the table from .NET's normalization where it has
/// the data and checks every character of the basic plane against it.
/// </summary>
internal static class CharacterFolding
{
    private const int HangulFirst = 0xAC00, HangulCount = 11172, JamoL = 0x1100, JamoV = 0x1161, JamoT = 0x11A7;

    private static readonly Lazy<Dictionary<char, string>> Table = new(Load);

    /// <summary>Folded characters in pages of 256, made as the first character of a page is met (a null entry: not yet folded).</summary>
    private static readonly string?[]?[] Pages = new string?[]?[256];

    public static string Fold(char c)
    {
        var page = Volatile.Read(ref Pages[c >> 8]);
        if (page is null)
        {
            Interlocked.CompareExchange(ref Pages[c >> 8], new string?[256], null);
            page = Pages[c >> 8]!;
        }
        var known = Volatile.Read(ref page[c & 0xFF]);
        if (known is null)
        {
            known = Compute(c);
            Volatile.Write(ref page[c & 0xFF], known);
        }
        return known;
    }

    /// <summary>The folding worked out afresh, without the cache.</summary>
    public static string Compute(char c)
    {
        // The browser lower-cases the dotted capital I to "i" and a combining dot, which the mark removal leaves as "i".
        var lower = c == '\u0130' ? 'i' : char.ToLowerInvariant(c);
        if (IsMark(CharUnicodeInfo.GetUnicodeCategory(lower)))
        {
            return "";
        }
        if (lower - HangulFirst is >= 0 and < HangulCount and var s)
        {
            var trailing = s % 28;
            var jamo = $"{(char)(JamoL + s / 588)}{(char)(JamoV + s % 588 / 28)}";
            return trailing == 0 ? jamo : jamo + (char)(JamoT + trailing);
        }
        return Table.Value.TryGetValue(lower, out var folded) ? folded : lower.ToString();
    }

    public static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Lines of <c>00e9\t0065</c>: a lower-case character, a tab, and what it folds to (space-separated, or empty).</summary>
    private static Dictionary<char, string> Load()
    {
        const string name = "Briefing.Core.Publishing.Search.Data.fold.tsv";
        using var stream = typeof(CharacterFolding).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing from Briefing.Core");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var (key, value) = (line[..line.IndexOf('\t', StringComparison.Ordinal)], line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..]);
            table[Hex(key)] = string.Concat(value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Hex));
        }
        return table;
    }

    private static char Hex(string code) => (char)int.Parse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
