using System.Buffers;
using System.Diagnostics;
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
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }
        var encoded = new StringBuilder(text.Length + 16);
        AppendEncoded(encoded, text);
        return encoded.ToString();
    }

    /// <summary>Appends <paramref name="text"/> encoded to <paramref name="output"/>, a run of plain characters at a time.</summary>
    public static void AppendEncoded(StringBuilder output, string text)
    {
        var rest = text.AsSpan();
        while (rest.IndexOfAny(Special) is var next and >= 0)
        {
            output.Append(rest[..next]).Append(Entity(rest[next]));
            rest = rest[(next + 1)..];
        }
        output.Append(rest);
    }

    private static string Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#x27;",
        '`' => "&#x60;",
        '=' => "&#x3D;",
        _ => throw new UnreachableException($"'{c}' is not one of the characters encoded"),
    };
}
