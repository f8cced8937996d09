using DiffPlex;

namespace Briefing.Core.Briefings;

/// <summary>A stretch where the old sequence lost <see cref="OldCount"/> items and the new one gained <see cref="NewCount"/>.</summary>
internal sealed record Hunk(int OldStart, int OldCount, int NewStart, int NewCount);

/// <summary>
/// The longest-common-subsequence difference of two sequences of strings (DiffPlex's Myers diff),
/// as hunks in order; everything between hunks is equal. Items must not contain line breaks.
/// </summary>
internal static class SequenceDiff
{
    private static readonly Differ Differ = new();

    public static IReadOnlyList<Hunk> Compare(IReadOnlyList<string> older, IReadOnlyList<string> newer)
    {
        if (older.Count == 0 || newer.Count == 0)
        {
            return older.Count == 0 && newer.Count == 0 ? [] : [new Hunk(0, older.Count, 0, newer.Count)];
        }
        var result = Differ.CreateCustomDiffs(string.Join('\n', older), string.Join('\n', newer), false, text => text.Split('\n'));
        return result.DiffBlocks
            .Select(d => new Hunk(d.DeleteStartA, d.DeleteCountA, d.InsertStartB, d.InsertCountB))
            .ToList();
    }

    /// <summary>Walks both sequences: <paramref name="equal"/> for each pair of equal items, <paramref name="changed"/> for each hunk.</summary>
    public static void Walk(int oldCount, IReadOnlyList<Hunk> hunks, Action<int, int> equal, Action<Hunk> changed)
    {
        int a = 0, b = 0;
        foreach (var hunk in hunks)
        {
            for (; a < hunk.OldStart; a++, b++)
            {
                equal(a, b);
            }
            changed(hunk);
            a = hunk.OldStart + hunk.OldCount;
            b = hunk.NewStart + hunk.NewCount;
        }
        for (; a < oldCount; a++, b++)
        {
            equal(a, b);
        }
    }
}
