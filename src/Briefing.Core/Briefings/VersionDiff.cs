namespace Briefing.Core.Briefings;

/// <summary>What a block of the diff shows.</summary>
public enum DiffBlockKind
{
    /// <summary>The same in both versions; shown as context or because it is a heading.</summary>
    Unchanged,

    /// <summary>A stretch of unchanged blocks not shown; <see cref="DiffBlock.CollapsedCount"/> says how many.</summary>
    Collapsed,

    /// <summary>A block present in both versions with some words changed; its runs say which.</summary>
    Changed,

    /// <summary>A block only the new version has.</summary>
    Added,

    /// <summary>A block only the old version has.</summary>
    Removed,
}

/// <summary>What a run of words inside a block is.</summary>
public enum DiffRunKind
{
    Unchanged,
    Inserted,
    Deleted,
}

/// <summary>Consecutive words of one kind, joined by single spaces.</summary>
public sealed record DiffRun(DiffRunKind Kind, string Text);

/// <summary>One block of the diff, in reading order of the new version (removed blocks where they stood).</summary>
public sealed record DiffBlock(DiffBlockKind Kind, int HeadingLevel, IReadOnlyList<DiffRun> Runs, int CollapsedCount = 0)
{
    public bool IsHeading => HeadingLevel > 0;

    public static DiffBlock Collapsed(int count) => new(DiffBlockKind.Collapsed, 0, [], count);

    internal static DiffBlock Whole(DiffBlockKind kind, TextBlock block, DiffRunKind run) =>
        new(kind, block.HeadingLevel, [new DiffRun(run, block.Text)]);
}

/// <summary>The difference between two versions of a briefing's body, block by block and word by word.</summary>
public sealed record VersionDiff(IReadOnlyList<DiffBlock> Blocks)
{
    public bool HasChanges => Blocks.Any(b => b.Kind is not (DiffBlockKind.Unchanged or DiffBlockKind.Collapsed));

    /// <summary>Words inserted, counting added blocks and insertions inside changed ones.</summary>
    public int InsertedWords => CountWords(DiffRunKind.Inserted);

    /// <summary>Words deleted, counting removed blocks and deletions inside changed ones.</summary>
    public int DeletedWords => CountWords(DiffRunKind.Deleted);

    // Words are what a run's text splits into at its spaces; counted without making them.
    private int CountWords(DiffRunKind kind)
    {
        var words = 0;
        foreach (var block in Blocks)
        {
            foreach (var run in block.Runs)
            {
                if (run.Kind == kind)
                {
                    words += run.Text.AsSpan().Count(' ') + 1;
                }
            }
        }
        return words;
    }
}
