namespace Briefing.Core.Briefings;

/// <summary>Word-by-word difference of two blocks of text: runs of unchanged, deleted and inserted words.</summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffRun> Runs(string older, string newer)
    {
        var oldWords = Words(older);
        var newWords = Words(newer);
        var runs = new List<DiffRun>();
        SequenceDiff.Walk(oldWords.Length, SequenceDiff.Compare(oldWords, newWords),
            (a, _) => Append(runs, DiffRunKind.Unchanged, oldWords[a]),
            hunk =>
            {
                for (var i = 0; i < hunk.OldCount; i++)
                {
                    Append(runs, DiffRunKind.Deleted, oldWords[hunk.OldStart + i]);
                }
                for (var i = 0; i < hunk.NewCount; i++)
                {
                    Append(runs, DiffRunKind.Inserted, newWords[hunk.NewStart + i]);
                }
            });
        return runs;
    }

    /// <summary>
    /// How much two texts share: twice the unchanged words over all words of both (1 = identical, 0 = nothing in common).
    /// </summary>
    public static double Similarity(IReadOnlyList<DiffRun> runs)
    {
        double same = 0, total = 0;
        foreach (var run in runs)
        {
            var words = run.Text.Split(' ').Length;
            same += run.Kind == DiffRunKind.Unchanged ? 2 * words : 0;
            total += run.Kind == DiffRunKind.Unchanged ? 2 * words : words;
        }
        return total == 0 ? 1 : same / total;
    }

    private static string[] Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static void Append(List<DiffRun> runs, DiffRunKind kind, string word)
    {
        if (runs.Count > 0 && runs[^1].Kind == kind)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + " " + word };
        }
        else
        {
            runs.Add(new DiffRun(kind, word));
        }
    }
}
