namespace Briefing.Core.Markdown;

/// <summary>
/// Refuses Markdown nested deeper than prose ever is, before the parser sees it: quotes and list
/// markers stacked on one line, or lines indented far to the right. Markdig's cost grows with the
/// depth of open containers on every line, so ten thousand nested list items would stall a build.
/// Pure: a function of the text.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Quote and list markers that may open one line (a quote in a list in a quote …).</summary>
    public const int MaxMarkers = 32;

    /// <summary>Columns of indentation a line may start with (a tab counts to the next multiple of 4).</summary>
    public const int MaxIndent = 160;

    /// <summary>Opening brackets one line may hold: Markdig matches links by scanning back over every open bracket.</summary>
    public const int MaxBrackets = 256;

    public static MarkdownProblem? FindTooDeep(string markdown)
    {
        var line = 1;
        for (var start = 0; start < markdown.Length; line++)
        {
            var end = markdown.IndexOf('\n', start);
            var text = markdown.AsSpan(start, (end < 0 ? markdown.Length : end) - start);
            if (Indentation(text) > MaxIndent)
            {
                return new MarkdownProblem(line, 1, $"this line is indented more than {MaxIndent} columns: Markdown is not meant to nest that deep");
            }
            if (Markers(text) > MaxMarkers)
            {
                return new MarkdownProblem(line, 1, $"this line opens more than {MaxMarkers} nested quotes or lists: Markdown is not meant to nest that deep");
            }
            if (text.Count('[') > MaxBrackets)
            {
                return new MarkdownProblem(line, 1, $"this line has more than {MaxBrackets} '[' brackets: link parsing slows down sharply beyond that");
            }
            start = end < 0 ? markdown.Length : end + 1;
        }
        return null;
    }

    private static int Indentation(ReadOnlySpan<char> line)
    {
        var columns = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                columns++;
            }
            else if (c == '\t')
            {
                columns += 4 - (columns % 4);
            }
            else
            {
                break;
            }
        }
        return columns;
    }

    private static int Markers(ReadOnlySpan<char> line)
    {
        var count = 0;
        var i = 0;
        while (i < line.Length && count <= MaxMarkers)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }
            if (i < line.Length && line[i] == '>')
            {
                i++;
            }
            else if (i + 1 < line.Length && line[i] is '-' or '*' or '+' && line[i + 1] is ' ' or '\t')
            {
                i += 2;
            }
            else
            {
                var digits = i;
                while (digits < line.Length && char.IsAsciiDigit(line[digits]))
                {
                    digits++;
                }
                if (digits == i || digits + 1 >= line.Length || line[digits] is not ('.' or ')') || line[digits + 1] is not (' ' or '\t'))
                {
                    break;
                }
                i = digits + 2;
            }
            count++;
        }
        return count;
    }
}
