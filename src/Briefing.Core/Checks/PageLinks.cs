using System.Text;

namespace Briefing.Core.Checks;

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
        return new PageLinks(HtmlScan.Links(html).ToList(), HtmlScan.Ids(html));
    }
}
