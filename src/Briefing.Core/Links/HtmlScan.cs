using System.Net;
using System.Text.RegularExpressions;

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

    public static IEnumerable<HtmlLink> Links(string html)
    {
        for (var m = LinkAttribute().Match(html); m.Success; m = m.NextMatch())
        {
            // The attribute as one of two literals, not a new string per link: a large build scans millions.
            yield return new HtmlLink(m.Groups["name"].ValueSpan is "src" ? "src" : "href", WebUtility.HtmlDecode(m.Groups["value"].Value));
        }
    }

    // Match by match, not Matches(): a MatchCollection keeps every Match it has produced alive, which on a
    // page with hundreds of thousands of paragraph ids made the garbage collector's work grow faster than the page.
    public static IReadOnlySet<string> Ids(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var m = IdAttribute().Match(html); m.Success; m = m.NextMatch())
        {
            ids.Add(WebUtility.HtmlDecode(m.Groups["value"].Value));
        }
        return ids;
    }
}
