using System.Text;

namespace Briefing.Core.Briefings;

/// <summary>Word-by-word difference of two blocks of text: runs of unchanged, deleted and inserted words.</summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffRun> Runs(string older, string newer)
    {
        var oldWords = Words(older);
        var newWords = Words(newer);
        var runs = new RunBuilder();
        SequenceDiff.Walk(oldWords.Length, SequenceDiff.Compare(oldWords, newWords),
            (a, _) => runs.Add(DiffRunKind.Unchanged, oldWords[a]),
            hunk =>
            {
                for (var i = 0; i < hunk.OldCount; i++)
                {
                    runs.Add(DiffRunKind.Deleted, oldWords[hunk.OldStart + i]);
                }
                for (var i = 0; i < hunk.NewCount; i++)
                {
                    runs.Add(DiffRunKind.Inserted, newWords[hunk.NewStart + i]);
                }
            });
        return runs.Finish();
    }

    /// <summary>
    /// How much two texts share: twice the unchanged words over all words of both (1 = identical, 0 = nothing in common).
    /// </summary>
    public static double Similarity(IReadOnlyList<DiffRun> runs)
    {
        double same = 0, total = 0;
        foreach (var run in runs)
        {
            var words = run.Text.AsSpan().Count(' ') + 1;
            same += run.Kind == DiffRunKind.Unchanged ? 2 * words : 0;
            total += run.Kind == DiffRunKind.Unchanged ? 2 * words : words;
        }
        return total == 0 ? 1 : same / total;
    }

    private static string[] Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Joins consecutive words of one kind into one run. Each run's text is made once, when it ends: appending word by word
    /// to the run's string copied the run again for every word, which for long unchanged paragraphs was most of what the
    /// version pages of a large site allocated.
    /// </summary>
    private sealed class RunBuilder
    {
        private readonly List<DiffRun> _runs = [];
        private readonly StringBuilder _text = new();
        private DiffRunKind _kind;

        public void Add(DiffRunKind kind, string word)
        {
            if (_text.Length > 0 && kind == _kind)
            {
                _text.Append(' ').Append(word);
                return;
            }
            Close();
            _kind = kind;
            _text.Append(word);
        }

        public List<DiffRun> Finish()
        {
            Close();
            return _runs;
        }

        private void Close()
        {
            if (_text.Length > 0)
            {
                _runs.Add(new DiffRun(_kind, _text.ToString()));
                _text.Clear();
            }
        }
    }
}
