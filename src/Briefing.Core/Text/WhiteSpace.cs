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
}
