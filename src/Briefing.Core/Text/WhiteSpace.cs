using System.Buffers;
using System.Text;

namespace Briefing.Core.Text;

/// <summary>White space in text made for reading or comparing. Pure: a function of the text.</summary>
public static class WhiteSpace
{
    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts, which is what <see cref="Collapse"/> collapses.</summary>
    private static readonly char[] List = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)];

    /// <summary>The characters <see cref="Collapse"/> treats as white space, for a vectorised search.</summary>
    internal static readonly SearchValues<char> Characters = SearchValues.Create(List);

    private static readonly SearchValues<char> AllButSpace = SearchValues.Create([.. List.Where(c => c != ' ')]);

    /// <summary>
    /// Runs of white space (line breaks included, as <see cref="char.IsWhiteSpace(char)"/> says) become one space;
    /// ends are trimmed. The same as replacing <c>\s+</c> with a space and trimming.
    /// </summary>
    public static string Collapse(string text)
    {
        // Most text is collapsed already (every paragraph of a briefing is compared this way): it comes back as it is.
        if (text.Length == 0 || IsCollapsed(text))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// True when <paramref name="text"/> is words with single spaces between them, as <see cref="Collapse"/> leaves text:
    /// not empty, nothing to trim, no white space but those spaces.
    /// </summary>
    internal static bool IsCollapsed(ReadOnlySpan<char> text) =>
        !text.IsEmpty && text[0] != ' ' && text[^1] != ' ' && text.IndexOfAny(AllButSpace) < 0 && text.IndexOf("  ") < 0;
}
