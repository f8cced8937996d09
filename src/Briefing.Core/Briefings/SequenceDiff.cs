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
        var result = Differ.CreateDiffs(GivenSides.Older, GivenSides.Newer, false, false, new GivenSides(older, newer));
        return result.DiffBlocks
            .Select(d => new Hunk(d.DeleteStartA, d.DeleteCountA, d.InsertStartB, d.InsertCountB))
            .ToList();
    }

    /// <summary>
    /// DiffPlex reads each side as a text its chunker cuts into pieces. The sides here are pieces already, so the texts
    /// passed are only names and the chunker hands back the side named: no joining each side into one string to have it
    /// split again (a new string per word, for every pair of paragraphs a diff compares).
    /// </summary>
    private sealed class GivenSides(IReadOnlyList<string> older, IReadOnlyList<string> newer) : IChunker
    {
        public const string Older = "older", Newer = "newer";

        public IReadOnlyList<string> Chunk(string side) => ReferenceEquals(side, Older) ? older : newer;
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
