namespace Briefing.Core.Templates;

/// <summary>
/// HTML that templates write as it is. Every other value a template writes is HTML-encoded
/// (see <see cref="ThemeContext"/>), so this type is the one way markup reaches a page from a view
/// model. Only code whose output is safe by construction makes one: the Markdown renderer, which
/// never renders raw HTML and checks every URL. The constructor is internal, and a test reads the
/// compiled code to check that nothing else calls it. A class, not a record: a record's
/// <c>with</c> would let any code copy one with other text.
/// </summary>
public sealed class TrustedHtml
{
    internal TrustedHtml(string value) => Value = value;

    /// <summary>No HTML at all, for a page that has no body (the 404 page).</summary>
    public static TrustedHtml Empty { get; } = new("");

    public string Value { get; }

    public override string ToString() => Value;
}
