namespace Briefing.Core.Import;

/// <summary>
/// Decides which lines of a plain-text document are headings: short lines, without closing
/// punctuation, that are followed by a paragraph (or by another heading-like line at the top,
/// where a byline and title come before the first section heading).
/// </summary>
public static class HeadingDetector
{
    private const int MaxLength = 100;
    private const int MaxWords = 14;

    public static bool LooksLikeHeading(string line)
    {
        if (line.Length is 0 or > MaxLength || !char.IsLetterOrDigit(line[0]))
        {
            return false;
        }
        if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return false;
        }
        return !".,;:!?…\"”’)".Contains(line[^1], StringComparison.Ordinal);
    }

    /// <summary>A heading needs a paragraph after it: a short last line is text, not a heading.</summary>
    public static bool IsHeadingAt(IReadOnlyList<string> blocks, int index) =>
        LooksLikeHeading(blocks[index])
        && index + 1 < blocks.Count
        && !LooksLikeHeading(blocks[index + 1]);

    /// <summary>How many heading-like lines open the document, before its first paragraph.</summary>
    public static int LeadingHeadingLikeLines(IReadOnlyList<string> blocks)
    {
        var count = 0;
        while (count < blocks.Count && LooksLikeHeading(blocks[count]))
        {
            count++;
        }
        return count;
    }
}
