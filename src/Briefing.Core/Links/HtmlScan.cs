using System.Net;
using Briefing.Core.Text;

namespace Briefing.Core.Links;

/// <summary>A link found in a rendered page: the attribute it sat in and its URL, HTML-decoded. A struct: a large build keeps millions.</summary>
public readonly record struct HtmlLink(string Attribute, string Url);

/// <summary>
/// Finds links and element ids in HTML the site itself rendered. A pattern is enough here, and much
/// faster than a parser: templates and Markdig both escape quotes in text as <c>&amp;quot;</c>, so
/// <c>href="…"</c> can only appear in the markup, never in what a reader sees.
/// </summary>
public static class HtmlScan
{
    /// <summary>Every <c>href</c> and <c>src</c> in the page, in order.</summary>
    public static IReadOnlyList<HtmlLink> Links(string html) => Links(html.AsSpan());

    /// <summary>Every <c>href</c> and <c>src</c> in the page, in order.</summary>
    public static IReadOnlyList<HtmlLink> Links(ReadOnlySpan<char> html) => Links(html, null);

    /// <summary>Every <c>href</c> and <c>src</c> in the page, in order, each URL as <paramref name="pool"/> hands it back when there is one.</summary>
    internal static List<HtmlLink> Links(ReadOnlySpan<char> html, SpanPool? pool)
    {
        var links = new List<HtmlLink>();
        Scan(html, links, null, pool);
        return links;
    }

    public static IReadOnlySet<string> Ids(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Scan(html, null, ids, null);
        return ids;
    }

    /// <summary>
    /// Adds every <c>href</c> and <c>src</c> in the page to <paramref name="links"/>, in order, and each id to
    /// <paramref name="ids"/>, in one pass, each value as <paramref name="pool"/> hands it back when there is one, and
    /// without the links that certainly work when <paramref name="known"/> is given (<see cref="KnownPaths.Works"/>).
    /// </summary>
    internal static void AddLinksAndIds(ReadOnlySpan<char> html, List<HtmlLink> links, HashSet<string> ids, SpanPool? pool, (KnownPaths Paths, string Page)? known = null) =>
        Scan(html, links, ids, pool, known);

    private enum Name
    {
        None,
        Href,
        Src,
        Id,
    }

    /// <summary>
    /// The attributes the regular expressions <c>\s(?&lt;name&gt;href|src)\s*=\s*(?:"(?&lt;value&gt;[^"]*)"|'(?&lt;value&gt;[^']*)')</c>
    /// and <c>\sid\s*=\s*(?:…)</c> find, each scanning the page from left to right on its own (the tests keep them as
    /// the definition). A match has exactly one '=' outside its value, with only the name and white space between the
    /// white space that starts it and the '=': so one pass over the page's '=' signs, looking back for a name and ahead
    /// for a quoted value, finds both kinds, each kind resuming after its own last match as its expression does. Two
    /// passes of the expressions, which tried every white space followed by an 'h', an 's' or an 'i', were half of
    /// the link scan's time, and the scan 6.6 % of a 100,000-event build's.
    /// </summary>
    private static void Scan(ReadOnlySpan<char> html, List<HtmlLink>? links, HashSet<string>? ids, SpanPool? pool, (KnownPaths Paths, string Page)? known = null)
    {
        var (linksFrom, idsFrom) = (0, 0);
        for (var equals = html.IndexOf('='); equals >= 0; equals = NextEquals(html, equals))
        {
            var name = NameBefore(html, equals, out var start);
            var wanted = name is Name.Href or Name.Src ? links is not null && start >= linksFrom : name is Name.Id && ids is not null && start >= idsFrom;
            if (!wanted || ValueEnd(html, equals + 1) is not (> 0 and var end))
            {
                continue;
            }
            var raw = RawValue(html[start..end]);
            if (name is not Name.Id && known is var (paths, page) && !raw.Contains('&') && paths.Works(raw, page))
            {
                linksFrom = end;
                continue;
            }
            var value = Value(raw, pool);
            if (name is Name.Id)
            {
                ids!.Add(value);
                idsFrom = end;
            }
            else
            {
                // The attribute as one of two literals, not a new string per link.
                links!.Add(new HtmlLink(name is Name.Src ? "src" : "href", value));
                linksFrom = end;
            }
        }
    }

    private static int NextEquals(ReadOnlySpan<char> html, int equals) =>
        html[(equals + 1)..].IndexOf('=') is >= 0 and var next ? equals + 1 + next : -1;

    // The attribute name that ends, after white space, at the '=' at `equals`, when it is one the scan wants and white
    // space comes before it; `start` is that white space's position, where the expression's match starts.
    private static Name NameBefore(ReadOnlySpan<char> html, int equals, out int start)
    {
        var end = equals;
        while (end > 0 && char.IsWhiteSpace(html[end - 1]))
        {
            end--;
        }
        var before = html[..end];
        var (name, length) = before.EndsWith("href", StringComparison.Ordinal) ? (Name.Href, 4)
            : before.EndsWith("src", StringComparison.Ordinal) ? (Name.Src, 3)
            : before.EndsWith("id", StringComparison.Ordinal) ? (Name.Id, 2)
            : (Name.None, 0);
        start = end - length - 1;
        return name is not Name.None && start >= 0 && char.IsWhiteSpace(html[start]) ? name : Name.None;
    }

    // Just past the closing quote of the value that follows, after white space, from `from`; -1 when none does.
    private static int ValueEnd(ReadOnlySpan<char> html, int from)
    {
        while (from < html.Length && char.IsWhiteSpace(html[from]))
        {
            from++;
        }
        if (from >= html.Length || html[from] is not ('"' or '\''))
        {
            return -1;
        }
        var close = html[(from + 1)..].IndexOf(html[from]);
        return close < 0 ? -1 : from + 1 + close + 1;
    }

    // The value of a matched attribute (name, white space, '=', white space, quoted value), HTML-decoded. White space is
    // what \s matches, which is what char.IsWhiteSpace says and TrimStart trims. A value without entities is looked up in
    // the pool as it stands, so that a link seen before costs no string.
    private static string Value(ReadOnlySpan<char> value, SpanPool? pool)
    {
        if (value.Contains('&'))
        {
            var decoded = WebUtility.HtmlDecode(value.ToString());
            return pool?.Of(decoded) ?? decoded;
        }
        return pool?.Of(value) ?? value.ToString();
    }

    // What is between the quotes of a matched attribute, as the page has it (entities not decoded).
    private static ReadOnlySpan<char> RawValue(ReadOnlySpan<char> attribute) =>
        attribute[(attribute.IndexOf('=') + 1)..].TrimStart()[1..^1];
}
