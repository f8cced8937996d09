using System.Text;
using System.Xml;
using Briefing.Core.Publishing;
using Briefing.Core.Site;

namespace Briefing.Core.Tests.Publishing;

/// <summary>
/// The sitemap writer the site used before it wrote the bytes itself: an indenting <see cref="XmlWriter"/> with the
/// settings of every XML file of the site. Kept here only as the reference <see cref="SitemapXml"/> must match byte for byte.
/// </summary>
internal static class XmlWriterSitemap
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Write(IEnumerable<SitemapUrl> urls)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapXml.Namespace);
            foreach (var url in urls.OrderBy(u => u.Location, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", SitemapXml.Namespace);
                xml.WriteElementString("loc", SitemapXml.Namespace, Urls.Escaped(url.Location));
                xml.WriteElementString("lastmod", SitemapXml.Namespace, SiteDates.Iso(url.LastModified));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }
}
