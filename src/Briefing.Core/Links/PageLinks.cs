using System.Text;

namespace Briefing.Core.Links;

/// <summary>
/// What the link check keeps of one rendered page: the links it makes and the ids it has. Small
/// next to the page itself, so a build can write the page out and still check links to it later.
/// </summary>
public sealed record PageLinks(IReadOnlyList<HtmlLink> Links, IReadOnlySet<string> Ids)
{
    /// <summary>Scans a page's UTF-8 bytes, decoding them once for both lists.</summary>
    public static PageLinks Scan(byte[] content)
    {
        var html = Encoding.UTF8.GetString(content);
        // Every page repeats the layout's links (navigation, stylesheet, feed): one string per distinct
        // URL is kept for the whole build, not one per page, since a build keeps every page's links.
        var links = HtmlScan.Links(html).Select(l => l with { Attribute = l.Attribute == "src" ? "src" : "href", Url = string.Intern(l.Url) }).ToList();
        // Paragraph ids (p-1, p-2, …) repeat on every page too; the set is trimmed to what it holds.
        var ids = new HashSet<string>(HtmlScan.Ids(html).Select(string.Intern), StringComparer.Ordinal);
        ids.TrimExcess();
        return new PageLinks(links, ids);
    }
}
