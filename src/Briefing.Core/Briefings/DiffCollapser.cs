namespace Briefing.Core.Briefings;

/// <summary>
/// Folds long unchanged stretches of a diff into one "n unchanged" block, keeping
/// <c>context</c> blocks either side of each change and every heading.
/// </summary>
internal static class DiffCollapser
{
    public static IReadOnlyList<DiffBlock> Collapse(IReadOnlyList<DiffBlock> blocks, int context)
    {
        var visible = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != DiffBlockKind.Unchanged)
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(blocks.Count - 1, i + context); j++)
                {
                    visible[j] = true;
                }
            }
            visible[i] |= blocks[i].IsHeading;
        }
        var result = new List<DiffBlock>();
        var hidden = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!visible[i])
            {
                hidden++;
                continue;
            }
            Flush(result, ref hidden);
            result.Add(blocks[i]);
        }
        Flush(result, ref hidden);
        return result;
    }

    private static void Flush(List<DiffBlock> result, ref int hidden)
    {
        if (hidden > 0)
        {
            result.Add(DiffBlock.Collapsed(hidden));
            hidden = 0;
        }
    }
}
