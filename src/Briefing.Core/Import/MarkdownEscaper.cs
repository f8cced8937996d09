using System.Text;

namespace Briefing.Core.Import;

/// <summary>
/// Escapes plain text so Markdown shows it exactly as written: characters that would start
/// emphasis, links, code, HTML or entities are backslash-escaped, and so are line starts that
/// would open a heading, quote or list. Ordinary punctuation is left alone to keep files readable.
/// </summary>
public static class MarkdownEscaper
{
    private const string Inline = "\\`*_[]<>&~^=+|";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Inline.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        EscapeLineStart(builder);
        return builder.ToString();
    }

    private static void EscapeLineStart(StringBuilder builder)
    {
        if (builder.Length == 0)
        {
            return;
        }
        if (builder[0] is '#' or '-' or '>')
        {
            builder.Insert(0, '\\');
            return;
        }
        // "1. " or "2) " at the start would become a numbered list.
        var digits = 0;
        while (digits < builder.Length && char.IsAsciiDigit(builder[digits]))
        {
            digits++;
        }
        if (digits is > 0 and < 10 && digits < builder.Length && builder[digits] is '.' or ')')
        {
            builder.Insert(digits, '\\');
        }
    }
}
