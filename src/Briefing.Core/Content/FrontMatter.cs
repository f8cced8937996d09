using System.Numerics;

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
        if (Fences(text.AsSpan()) is not (var yamlStart, var closing, var bodyStart))
        {
            return null;
        }
        // The closing fence's line is one more than the newlines before it; the body's, one more again.
        var bodyFirstLine = text.AsSpan(0, closing).Count('\n') + 2;
        return new FrontMatter(text[yamlStart..closing], 2, bodyFirstLine) { Text = text, BodyStart = bodyStart };
    }

    /// <summary>
    /// Where the front matter's YAML starts, where its closing line (<c>---</c> or <c>...</c>) starts, and where the body
    /// starts after it; null when the text does not open with a fence or never closes it. Over decoded text or over its
    /// UTF-8 bytes alike (<see cref="Utf8SourceFile"/>): the markers and line ends are ASCII, which UTF-8 never uses
    /// inside another character.
    /// </summary>
    internal static (int YamlStart, int Closing, int BodyStart)? Fences<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        var newline = T.CreateTruncating('\n');
        var firstEnd = text.IndexOf(newline);
        if (firstEnd < 0 || !IsMarkerLine(text, 0, '-'))
        {
            return null;
        }
        for (var position = firstEnd + 1; position < text.Length;)
        {
            var end = text[position..].IndexOf(newline);
            if (IsMarkerLine(text, position, '-') || IsMarkerLine(text, position, '.'))
            {
                return (firstEnd + 1, position, end < 0 ? text.Length : position + end + 1);
            }
            if (end < 0)
            {
                return null;
            }
            position += end + 1;
        }
        return null;
    }

    // Three of the marker at `at`, then only blanks to the end of the line.
    private static bool IsMarkerLine<T>(ReadOnlySpan<T> text, int at, char marker)
        where T : unmanaged, IBinaryInteger<T>
    {
        var m = T.CreateTruncating(marker);
        if (text.Length - at < 3 || text[at] != m || text[at + 1] != m || text[at + 2] != m)
        {
            return false;
        }
        var rest = at + 3;
        while (rest < text.Length && (text[rest] == T.CreateTruncating(' ') || text[rest] == T.CreateTruncating('\t')))
        {
            rest++;
        }
        return rest == text.Length || text[rest] == T.CreateTruncating('\n');
    }
}
