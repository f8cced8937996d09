using System.Buffers;
using System.Text;

namespace Briefing.Core.Templates;

/// <summary>
/// How templates encode text: the characters handlebars.js encodes, so that pages stay byte for
/// byte what the Handlebars theme made. Besides <c>&amp; &lt; &gt; "</c> and <c>'</c>, the backtick and
/// <c>=</c> are encoded too, which keeps a value inert even in an unquoted attribute.
/// </summary>
internal static class HtmlEncoding
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'`=");

    public static string Encode(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }
        var encoded = new StringBuilder(text.Length + 16);
        encoded.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (Entity(text[i]) is { } entity)
            {
                encoded.Append(entity);
            }
            else
            {
                encoded.Append(text[i]);
            }
        }
        return encoded.ToString();
    }

    private static string? Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#x27;",
        '`' => "&#x60;",
        '=' => "&#x3D;",
        _ => null,
    };
}
