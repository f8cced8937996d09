using System.Globalization;
using Briefing.Core.Text;

namespace Briefing.Core.Briefings;

/// <summary>Turns a <see cref="VersionDiff"/> into what the diff template shows.</summary>
public static class DiffViewFactory
{
    public static IReadOnlyList<DiffBlockView> Blocks(VersionDiff diff) => diff.Blocks.Select(Block).ToList();

    /// <summary>"1 word inserted, none deleted." and the like; says "No changes to the text." when there are none.</summary>
    public static string Summary(VersionDiff diff) =>
        diff.HasChanges
            ? $"{Words(diff.InsertedWords)} inserted, {(diff.DeletedWords == 0 ? "none" : Words(diff.DeletedWords))} deleted."
            : "No changes to the text.";

    /// <summary>The title and summary, each shown word by word when it changed, labelled so readers know which is which.</summary>
    public static IReadOnlyList<DiffBlockView> FrontMatter(string oldTitle, string newTitle, string oldSummary, string newSummary) =>
        new[] { ("Title:", oldTitle, newTitle), ("Summary:", oldSummary, newSummary) }
            .Where(field => !string.Equals(field.Item2, field.Item3, StringComparison.Ordinal))
            .Select(field => new DiffBlockView("p", "changed", field.Item1, Runs(WordDiff.Runs(WhiteSpace.Collapse(field.Item2), WhiteSpace.Collapse(field.Item3))), null))
            .ToList();

    private static List<DiffRunView> Runs(IEnumerable<DiffRun> runs) =>
        runs.Select(r => new DiffRunView(r.Text, r.Kind == DiffRunKind.Inserted, r.Kind == DiffRunKind.Deleted)).ToList();

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
        return new DiffBlockView(tag, block.Kind.ToString().ToLowerInvariant(), label, Runs(block.Runs), null);
    }

    private static string Words(int count) =>
        count == 1 ? "1 word" : $"{count.ToString(CultureInfo.InvariantCulture)} words";
}
