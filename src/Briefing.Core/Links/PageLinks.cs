using System.Text;
using Briefing.Core.Text;

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
    public static PageLinks Scan(byte[] content, SpanPool? shared = null, (KnownPaths Paths, string Page)? known = null) => Scan(Encoding.UTF8.GetString(content).AsSpan(), shared, known);

    /// <summary>Scans a page's HTML as text (what its template made, before it was encoded).</summary>
    public static PageLinks Scan(string html, SpanPool? shared = null) => Scan(html.AsSpan(), shared);

    /// <summary>
    /// Scans a page's HTML as text (what its template made, before it was encoded). Kept as arrays, not as a list of
    /// structs and a hash set: a build holds every page's scan until the check, and at 100,000 events those were
    /// about 200 MB, and much of what the collector copied while pages rendered. With <paramref name="known"/> (the build's paths and
    /// this page's), the links that certainly work are not kept (<see cref="KnownPaths"/>): for a check that judges this build alone.
    /// </summary>
    public static PageLinks Scan(ReadOnlySpan<char> html, SpanPool? shared = null, (KnownPaths Paths, string Page)? known = null)
    {
        var found = _found ??= [];
        found.Clear();
        var ids = _ids ??= new HashSet<string>(StringComparer.Ordinal);
        ids.Clear();
        HtmlScan.AddLinksAndIds(html, found, ids, shared, known);
        var urls = new string[found.Count];
        List<int>? sources = null;
        for (var i = 0; i < urls.Length; i++)
        {
            urls[i] = found[i].Url;
            if (found[i].Attribute == "src")
            {
                (sources ??= []).Add(i);
            }
        }
        var page = new PageLinks(new LinkList(urls, sources?.ToArray()), new SortedIds([.. ids]));
        // A page with far more links or ids than most (a long list) leaves its storage behind, not kept for the thread's life.
        if (found.Count > LargePage)
        {
            _found = null;
        }
        if (ids.Count > LargePage)
        {
            _ids = null;
        }
        return page;
    }

    // The list and the set a scan fills, one of each per thread, emptied for the next page: what is kept of a page is
    // the arrays made from them. New ones for every page grew through several sizes each, 155,000 times at 100,000 events.
    [ThreadStatic]
    private static List<HtmlLink>? _found;

    [ThreadStatic]
    private static HashSet<string>? _ids;

    private const int LargePage = 4096;

    /// <summary>Links as their URLs, with the few <c>src</c> ones by position: every other link is an <c>href</c>.</summary>
    private sealed class LinkList(string[] urls, int[]? sources) : IReadOnlyList<HtmlLink>
    {
        public HtmlLink this[int index] =>
            new(sources is not null && Array.IndexOf(sources, index) >= 0 ? "src" : "href", urls[index]);

        public int Count => urls.Length;

        public IEnumerator<HtmlLink> GetEnumerator()
        {
            for (var i = 0; i < urls.Length; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
