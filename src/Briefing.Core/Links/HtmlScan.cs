using System.Net;
using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Links;

/// <summary>A link found in a rendered page: the attribute it sat in and its URL, HTML-decoded. A struct: a large build keeps millions.</summary>
public readonly record struct HtmlLink(string Attribute, string Url);

/// <summary>
/// Finds links and element ids in HTML the site itself rendered. A pattern is enough here, and much
/// faster than a parser: templates and Markdig both escape quotes in text as <c>&amp;quot;</c>, so
/// <c>href="…"</c> can only appear in the markup, never in what a reader sees.
/// </summary>
public static partial class HtmlScan
{
    [GeneratedRegex("""\s(?<name>href|src)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("""\sid\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    /// <summary>Every <c>href</c> and <c>src</c> in the page, in order.</summary>
    public static IReadOnlyList<HtmlLink> Links(string html) => Links(html.AsSpan());

    /// <summary>Every <c>href</c> and <c>src</c> in the page, in order.</summary>
    public static IReadOnlyList<HtmlLink> Links(ReadOnlySpan<char> html) => Links(html, null);

    /// <summary>Every <c>href</c> and <c>src</c> in the page, in order, each URL as <paramref name="pool"/> hands it back when there is one.</summary>
    internal static List<HtmlLink> Links(ReadOnlySpan<char> html, SpanPool? pool)
    {
        var links = new List<HtmlLink>();
        AddLinks(html, links, pool);
        return links;
    }

    /// <summary>Adds every <c>href</c> and <c>src</c> in the page to <paramref name="links"/>, in order, as <see cref="Links(ReadOnlySpan{char}, SpanPool?)"/> finds them.</summary>
    internal static void AddLinks(ReadOnlySpan<char> html, List<HtmlLink> links, SpanPool? pool)
    {
        // Matches as positions (no Match, Group or substring objects: a large build scans millions of links), the
        // value read from the matched text: the name after the leading space, the value between its quotes.
        foreach (var match in LinkAttribute().EnumerateMatches(html))
        {
            var attribute = html.Slice(match.Index, match.Length);
            // The attribute as one of two literals, not a new string per link.
            links.Add(new HtmlLink(attribute[1..].StartsWith("src", StringComparison.Ordinal) ? "src" : "href", Value(attribute, pool)));
        }
    }

    public static IReadOnlySet<string> Ids(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        AddIds(html, ids, null);
        return ids;
    }

    /// <summary>Adds each id of the page to <paramref name="ids"/>, as <paramref name="pool"/> hands it back when there is one.</summary>
    internal static void AddIds(ReadOnlySpan<char> html, HashSet<string> ids, SpanPool? pool)
    {
        foreach (var match in IdAttribute().EnumerateMatches(html))
        {
            ids.Add(Value(html.Slice(match.Index, match.Length), pool));
        }
    }

    // The value of a matched attribute (name, white space, '=', white space, quoted value), HTML-decoded. White space is
    // what \s matches, which is what char.IsWhiteSpace says and TrimStart trims. A value without entities is looked up in
    // the pool as it stands, so that a link seen before costs no string.
    private static string Value(ReadOnlySpan<char> attribute, SpanPool? pool)
    {
        var quoted = attribute[(attribute.IndexOf('=') + 1)..].TrimStart();
        var value = quoted[1..^1];
        if (value.Contains('&'))
        {
            var decoded = WebUtility.HtmlDecode(value.ToString());
            return pool?.Of(decoded) ?? decoded;
        }
        return pool?.Of(value) ?? value.ToString();
    }
}
