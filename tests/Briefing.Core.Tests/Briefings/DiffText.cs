using Briefing.Core.Briefings;

namespace Briefing.Core.Tests.Briefings;

/// <summary>
/// A diff written as lines a test can state by hand: "= p: text" unchanged, "… 3" collapsed,
/// "~ h2: a [-old] [+new] b" changed, "+ p: text" added, "- p: text" removed.
/// </summary>
internal static class DiffText
{
    public static string Describe(VersionDiff diff) =>
        string.Join("\n", diff.Blocks.Select(Describe));

    private static string Describe(DiffBlock block)
    {
        if (block.Kind == DiffBlockKind.Collapsed)
        {
            return $"… {block.CollapsedCount}";
        }
        var mark = block.Kind switch
        {
            DiffBlockKind.Unchanged => "=",
            DiffBlockKind.Changed => "~",
            DiffBlockKind.Added => "+",
            _ => "-",
        };
        var kind = block.IsHeading ? $"h{block.HeadingLevel}" : "p";
        var text = block.Kind == DiffBlockKind.Changed
            ? string.Join(" ", block.Runs.Select(r => r.Kind switch
            {
                DiffRunKind.Inserted => $"[+{r.Text}]",
                DiffRunKind.Deleted => $"[-{r.Text}]",
                _ => r.Text,
            }))
            : string.Concat(block.Runs.Select(r => r.Text));
        return $"{mark} {kind}: {text}";
    }
}
