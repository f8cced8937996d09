using System.Text;

namespace Briefing.Core.Links;

/// <summary>
/// What the link check keeps of one rendered page: the links it makes and the ids it has. Small
/// next to the page itself, so a build can write the page out and still check links to it later.
/// </summary>
public sealed record PageLinks(IReadOnlyList<HtmlLink> Links, IReadOnlySet<string> Ids)
{
    /// <summary>
    /// Scans a page's UTF-8 bytes, decoding them once for both lists. Every page repeats the layout's links
    /// (navigation, stylesheet, feed) and paragraph ids (p-1, p-2, …): <paramref name="shared"/> hands back one
    /// string per distinct value (a pool the build owns and drops), since a build keeps every page's links.
    /// </summary>
    public static PageLinks Scan(byte[] content, Func<string, string>? shared = null) => Scan(Encoding.UTF8.GetString(content), shared);

    /// <summary>Scans a page's HTML as text (what its template made, before it was encoded).</summary>
    public static PageLinks Scan(string html, Func<string, string>? shared = null) => Scan(html.AsSpan(), shared);

    /// <summary>Scans a page's HTML as text (what its template made, before it was encoded).</summary>
    public static PageLinks Scan(ReadOnlySpan<char> html, Func<string, string>? shared = null)
    {
        shared ??= static s => s;
        // An array of the exact length: a list grown by doubling kept a quarter of its slots empty on average, on every page.
        var found = HtmlScan.Links(html);
        var links = new HtmlLink[found.Count];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = found[i] with { Url = shared(found[i].Url) };
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        HtmlScan.AddIds(html, ids, shared);
        ids.TrimExcess();
        return new PageLinks(links, ids);
    }
}
