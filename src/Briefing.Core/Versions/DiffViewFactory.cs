using System.Globalization;

namespace Briefing.Core.Versions;

/// <summary>Turns a <see cref="VersionDiff"/> into what the diff template shows.</summary>
public static class DiffViewFactory
{
    public static IReadOnlyList<DiffBlockView> Blocks(VersionDiff diff) => diff.Blocks.Select(Block).ToList();

    /// <summary>"1 word inserted, none deleted." and the like; says "No changes to the text." when there are none.</summary>
    public static string Summary(VersionDiff diff) =>
        diff.HasChanges
            ? $"{Words(diff.InsertedWords)} inserted, {(diff.DeletedWords == 0 ? "none" : Words(diff.DeletedWords))} deleted."
            : "No changes to the text.";

    private static DiffBlockView Block(DiffBlock block)
    {
        if (block.Kind == DiffBlockKind.Collapsed)
        {
            var count = block.CollapsedCount;
            var text = count == 1 ? "1 unchanged paragraph" : $"{count.ToString(CultureInfo.InvariantCulture)} unchanged paragraphs";
            return new DiffBlockView("p", "collapsed", null, [], text);
        }
        var tag = block.IsHeading ? $"h{Math.Clamp(block.HeadingLevel, 2, 6).ToString(CultureInfo.InvariantCulture)}" : "p";
        var noun = block.IsHeading ? "heading" : "paragraph";
        var label = block.Kind switch
        {
            DiffBlockKind.Added => $"New {noun}:",
            DiffBlockKind.Removed => $"Removed {noun}:",
            _ => null,
        };
        var runs = block.Runs
            .Select(r => new DiffRunView(r.Text, r.Kind == DiffRunKind.Inserted, r.Kind == DiffRunKind.Deleted))
            .ToList();
        return new DiffBlockView(tag, block.Kind.ToString().ToLowerInvariant(), label, runs, null);
    }

    private static string Words(int count) =>
        count == 1 ? "1 word" : $"{count.ToString(CultureInfo.InvariantCulture)} words";
}
