namespace Briefing.Core.Briefings;

/// <summary>
/// Compares two versions of a briefing's Markdown body. A pure function: the same two texts always
/// give the same diff, with no I/O, clock or culture involved.
/// Blocks (headings, paragraphs, list items) are matched first; a deleted and an inserted block of
/// the same kind that share at least half their words are shown as one changed block, word by word;
/// otherwise as a removed and an added block. Unchanged blocks more than <c>context</c> blocks from
/// any change are collapsed, except headings, which are always kept so readers know where they are.
/// </summary>
public static class VersionDiffer
{
    /// <summary>The share of words two blocks must have in common to be shown as one changed block.</summary>
    public const double PairingThreshold = 0.5;

    public static VersionDiff Compare(string olderMarkdown, string newerMarkdown, int context = 1) =>
        Compare(MarkdownBlocks.Split(olderMarkdown), MarkdownBlocks.Split(newerMarkdown), context);

    public static VersionDiff Compare(IReadOnlyList<TextBlock> older, IReadOnlyList<TextBlock> newer, int context = 1)
    {
        var full = new List<DiffBlock>();
        SequenceDiff.Walk(older.Count, SequenceDiff.Compare(Keys(older), Keys(newer)),
            (a, _) => full.Add(DiffBlock.Whole(DiffBlockKind.Unchanged, older[a], DiffRunKind.Unchanged)),
            hunk => full.AddRange(Pair(Slice(older, hunk.OldStart, hunk.OldCount), Slice(newer, hunk.NewStart, hunk.NewCount))));
        return new VersionDiff(DiffCollapser.Collapse(full, context));
    }

    /// <summary>Matches the removed blocks of a hunk with its added ones, in order, where they are alike enough.</summary>
    private static IEnumerable<DiffBlock> Pair(IReadOnlyList<TextBlock> removed, IReadOnlyList<TextBlock> added)
    {
        var next = 0;
        foreach (var old in removed)
        {
            var match = FindPartner(old, added, next);
            if (match is null)
            {
                yield return DiffBlock.Whole(DiffBlockKind.Removed, old, DiffRunKind.Deleted);
                continue;
            }
            for (; next < match.Value.Index; next++)
            {
                yield return DiffBlock.Whole(DiffBlockKind.Added, added[next], DiffRunKind.Inserted);
            }
            yield return new DiffBlock(DiffBlockKind.Changed, added[next].HeadingLevel, match.Value.Runs);
            next++;
        }
        for (; next < added.Count; next++)
        {
            yield return DiffBlock.Whole(DiffBlockKind.Added, added[next], DiffRunKind.Inserted);
        }
    }

    private static (int Index, IReadOnlyList<DiffRun> Runs)? FindPartner(TextBlock old, IReadOnlyList<TextBlock> added, int from)
    {
        for (var i = from; i < added.Count; i++)
        {
            if (added[i].HeadingLevel != old.HeadingLevel)
            {
                continue;
            }
            var runs = WordDiff.Runs(old.Text, added[i].Text);
            if (WordDiff.Similarity(runs) >= PairingThreshold)
            {
                return (i, runs);
            }
        }
        return null;
    }

    private static List<string> Keys(IReadOnlyList<TextBlock> blocks) => blocks.Select(b => b.Key).ToList();

    private static List<TextBlock> Slice(IReadOnlyList<TextBlock> blocks, int start, int count) =>
        blocks.Skip(start).Take(count).ToList();
}
