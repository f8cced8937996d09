using System.Text;
using System.Xml;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>One <c>&lt;url&gt;</c> of a sitemap: an absolute location and the day it last changed.</summary>
public sealed record SitemapUrl(string Location, DateOnly LastModified);

/// <summary>Writes a sitemaps.org 0.9 <c>urlset</c>, sorted by location so the output never depends on render order.</summary>
public static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(IEnumerable<SitemapUrl> urls)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var url in urls.OrderBy(u => u.Location, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, Urls.Escaped(url.Location));
                xml.WriteElementString("lastmod", Namespace, SiteDates.Iso(url.LastModified));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static XmlWriterSettings Settings => XmlOutput.Settings;
}
