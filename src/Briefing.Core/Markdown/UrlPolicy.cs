namespace Briefing.Core.Markdown;

/// <summary>
/// Which link and image addresses an author may write: relative ones (<c>/briefings/x/</c>,
/// <c>#p-3</c>, <c>../y</c>) and the schemes <c>http</c>, <c>https</c> and <c>mailto</c>. Everything
/// else (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c> …) is refused, because a
/// scheme is the one part of a URL that can make a click run code. Pure: a function of the text.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string url) => Scheme(url) is not { } scheme || AllowedSchemes.Contains(scheme);

    /// <summary>
    /// The scheme as a browser would read it, lower-cased, or null for a relative URL. Browsers drop
    /// tabs and newlines anywhere and control characters and spaces at the ends before looking for
    /// the scheme, so <c>" java&#9;script:"</c> is <c>javascript</c>; so does this.
    /// </summary>
    public static string? Scheme(string url)
    {
        // Cleaning only takes characters out: without a colon there is no scheme (most links), and no copy is made.
        if (!url.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }
        var cleaned = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(ControlsAndSpace);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }
        var delimiter = cleaned.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon)
        {
            return null; // a colon in the path, query or fragment of a relative URL
        }
        return cleaned[..colon].ToLowerInvariant();
    }

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];
}
