using System.Globalization;
using System.Text;
using Briefing.Core.Publishing.Search;
using Briefing.Testing;

namespace Briefing.Core.Tests.Publishing.Search;

/// <summary>
/// Search's accent folding against .NET's own Unicode normalization, which the test host has (ICU) and the CLI,
/// running with invariant globalization, does not: the table the CLI reads is made here.
/// </summary>
public class CharacterFoldingTests
{
    private static string TablePath => Path.Combine(RepoPaths.Root, "src", "Briefing.Core", "Publishing", "Search", "Data", "fold.tsv");

    /// <summary>What the browser makes of one character: lower case, canonical decomposition, marks removed.</summary>
    private static string Expected(char c)
    {
        var lower = c == '\u0130' ? "i" : char.ToLowerInvariant(c).ToString();
        // .NET refuses to normalize a few code points (noncharacters such as U+FFFF); the browser leaves them as they are.
        string decomposed;
        try
        {
            decomposed = lower.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            decomposed = lower;
        }
        return string.Concat(decomposed.Where(d => !CharacterFolding.IsMark(CharUnicodeInfo.GetUnicodeCategory(d))));
    }

    private static IEnumerable<char> Plane() =>
        Enumerable.Range(0x80, 0x10000 - 0x80).Select(i => (char)i).Where(c => !char.IsSurrogate(c));

    [Fact]
    public void The_table_is_what_unicode_normalization_gives()
    {
        var lines = new StringBuilder("# Made by CharacterFoldingTests from .NET's Unicode normalization: a lower-case character, a tab, what it folds to\n");
        foreach (var lower in Plane().Select(c => char.ToLowerInvariant(c)).Distinct().Order())
        {
            var folded = Expected(lower);
            var isHangul = lower is >= '\uAC00' and <= '\uD7A3';
            if (folded != lower.ToString() && !CharacterFolding.IsMark(CharUnicodeInfo.GetUnicodeCategory(lower)) && !isHangul)
            {
                lines.Append(CultureInfo.InvariantCulture, $"{(int)lower:x4}\t{string.Join(' ', folded.Select(f => ((int)f).ToString("x4", CultureInfo.InvariantCulture)))}\n");
            }
        }

        Snapshot.Compare(lines.ToString(), TablePath, Path.Combine(RepoPaths.Root, "tests", "Briefing.Core.Tests", "Publishing", "Search", "fold.received.tsv"), Environment.GetEnvironmentVariable);
    }

    [Fact]
    public void Every_character_of_the_basic_plane_folds_as_the_browser_folds_it()
    {
        var wrong = Plane().Where(c => CharacterFolding.Compute(c) != Expected(c)).Take(10).Select(c => $"U+{(int)c:X4}").ToList();

        Assert.Empty(wrong);
    }
}
