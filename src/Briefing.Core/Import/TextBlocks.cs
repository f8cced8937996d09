using Briefing.Core.Content;
namespace Briefing.Core.Import;

/// <summary>
/// Splits plain text into blocks. Text with blank lines between blocks is read as paragraphs
/// separated by blank lines (hard-wrapped lines are joined); text without any is read as one
/// paragraph per line, the way word processors export it.
/// </summary>
public static class TextBlocks
{
    public static IReadOnlyList<string> Split(string text)
    {
        var lines = SourceText.NormalizeNewlines(text).TrimStart('\uFEFF').Split('\n');
        var hasBlankSeparators = lines.SkipWhile(string.IsNullOrWhiteSpace).Reverse().SkipWhile(string.IsNullOrWhiteSpace).Any(string.IsNullOrWhiteSpace);
        if (!hasBlankSeparators)
        {
            return lines.Select(Clean).Where(l => l.Length > 0).ToList();
        }
        var blocks = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.Append(""))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0)
                {
                    blocks.Add(string.Join(' ', current));
                    current.Clear();
                }
            }
            else
            {
                current.Add(Clean(line));
            }
        }
        return blocks;
    }

    private static string Clean(string line) => line.Trim().Replace('\t', ' ');
}
