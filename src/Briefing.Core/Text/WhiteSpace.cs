using System.Text;

namespace Briefing.Core.Text;

/// <summary>White space in text made for reading or comparing. Pure: a function of the text.</summary>
public static class WhiteSpace
{
    /// <summary>
    /// Runs of white space (line breaks included, as <see cref="char.IsWhiteSpace(char)"/> says) become one space;
    /// ends are trimmed. The same as replacing <c>\s+</c> with a space and trimming.
    /// </summary>
    public static string Collapse(string text)
    {
        // Most text is collapsed already (every paragraph of a briefing is compared this way): it comes back as it is.
        if (IsCollapsed(text))
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

    // Nothing to trim, and no white space but single spaces between words.
    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }
        for (var i = 1; i < text.Length - 1; i++)
        {
            // The last character is not white space, so text[i + 1] is always there.
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }
        return true;
    }
}
