namespace Briefing.Core.Content;

/// <summary>
/// A Markdown file split at its YAML front matter. <see cref="YamlFirstLine"/> and
/// <see cref="BodyFirstLine"/> are the file lines where each part starts, so that
/// diagnostics from the YAML parser and from Markdown point at the author's line.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, int BodyFirstLine)
{
    private string Text { get; init; } = "";

    /// <summary>Where the body starts in the text that was split: <c>text[BodyStart..]</c> is <see cref="Body"/>.</summary>
    public int BodyStart { get; private init; }

    /// <summary>
    /// The Markdown after the front matter, cut from the text when asked for: the loader needs only
    /// <see cref="BodyStart"/>, and copying every body when splitting was a tenth of what a large build's load allocated.
    /// </summary>
    public string Body => Text[BodyStart..];

    /// <summary>Splits <c>---\n yaml \n---\n body</c>. Returns null when the file does not open with a front-matter fence.</summary>
    public static FrontMatter? Split(string text)
    {
        if (!StartsWithFence(text, 0))
        {
            return null;
        }
        var yamlStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        if (yamlStart == 0)
        {
            return null;
        }
        var line = 2;
        var position = yamlStart;
        while (position < text.Length)
        {
            if (StartsWithFence(text, position) || StartsWithDocumentEnd(text, position))
            {
                var yaml = text[yamlStart..position];
                var next = text.IndexOf('\n', position);
                var bodyStart = next < 0 ? text.Length : next + 1;
                return new FrontMatter(yaml, 2, line + 1) { Text = text, BodyStart = bodyStart };
            }
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                break;
            }
            position = end + 1;
            line++;
        }
        return null;
    }

    private static bool StartsWithFence(string text, int at) => IsMarkerLine(text, at, "---");

    private static bool StartsWithDocumentEnd(string text, int at) => IsMarkerLine(text, at, "...");

    private static bool IsMarkerLine(string text, int at, string marker)
    {
        if (string.CompareOrdinal(text, at, marker, 0, marker.Length) != 0)
        {
            return false;
        }
        var rest = at + marker.Length;
        while (rest < text.Length && text[rest] is ' ' or '\t')
        {
            rest++;
        }
        return rest == text.Length || text[rest] == '\n';
    }
}
