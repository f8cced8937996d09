using System.Buffers;
using System.Text;

namespace Briefing.Core.Templates;

/// <summary>
/// HTML that templates write as it is. Every other value a template writes is HTML-encoded
/// (see <see cref="ThemeContext"/>), so this type is the one way markup reaches a page from a view
/// model. Only code whose output is safe by construction makes one: the Markdown renderer, which
/// never renders raw HTML and checks every URL. The constructor is internal, and a test reads the
/// compiled code to check that nothing else calls it. A class, not a record: a record's
/// <c>with</c> would let any code copy one with other text.
/// <para>
/// Kept as UTF-8, not as a string: the model holds every rendered body for the whole build, and as UTF-16 they were
/// a quarter of a 100,000-event build's heap. <see cref="Value"/> decodes it, once per page that writes it.
/// </para>
/// </summary>
public sealed class TrustedHtml
{
    private readonly byte[] _utf8;

    internal TrustedHtml(string value) => _utf8 = Encoding.UTF8.GetBytes(value);

    /// <summary>The HTML a renderer wrote into <paramref name="html"/>, encoded without a string of it.</summary>
    internal TrustedHtml(StringBuilder html)
    {
        var chars = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            html.CopyTo(0, chars, 0, html.Length);
            _utf8 = Encoding.UTF8.GetBytes(chars, 0, html.Length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>No HTML at all, for a page that has no body (the 404 page).</summary>
    public static TrustedHtml Empty { get; } = new("");

    /// <summary>The HTML as text: a new string on each call, so read it once where it is used.</summary>
    public string Value => Encoding.UTF8.GetString(_utf8);

    /// <summary>At least as many characters as the HTML decodes to.</summary>
    internal int MaxCharCount => Encoding.UTF8.GetMaxCharCount(_utf8.Length);

    /// <summary>Decodes the HTML into <paramref name="chars"/> (at least <see cref="MaxCharCount"/> long); returns how many were written.</summary>
    internal int CopyTo(char[] chars) => Encoding.UTF8.GetChars(_utf8, chars);

    /// <summary>Appends the HTML to a page being written, without a string of its own.</summary>
    internal void AppendTo(StringBuilder output)
    {
        var chars = ArrayPool<char>.Shared.Rent(MaxCharCount);
        try
        {
            output.Append(chars, 0, CopyTo(chars));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public override string ToString() => Value;
}
