using System.Text;
using System.Xml;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>
/// Writes an Atom 1.0 document (RFC 4287). Pure: the same header and entries give the same bytes.
/// Entries are written newest first; the feed's <c>updated</c> is its newest entry's date.
/// </summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// How many entries the feed carries, newest first. Readers poll the feed and only ever show what is
    /// new; a site of ten thousand events would otherwise serve megabytes on every poll.
    /// </summary>
    public const int MaxEntries = 50;

    /// <summary>
    /// How many of an entry's tags it lists as categories. Each tag has a feed carrying the entry, so an entry's
    /// categories are written once per tag it has: uncapped, a briefing with 10,000 tags wrote 10⁸ elements.
    /// </summary>
    public const int MaxCategories = 32;

    public static string Write(FeedHeader header, IEnumerable<FeedEntry> entries)
    {
        var ordered = Newest(entries);
        var updated = ordered.Count == 0 ? SiteDates.Epoch : ordered.Max(e => e.Updated);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteElementString("id", Namespace, header.Id);
            xml.WriteElementString("title", Namespace, header.Title);
            xml.WriteElementString("subtitle", Namespace, header.Subtitle);
            xml.WriteElementString("updated", Namespace, SiteDates.Rfc3339(updated));
            Link(xml, "self", header.SelfUrl, "application/atom+xml");
            Link(xml, "alternate", header.HomeUrl, "text/html");
            Author(xml, header.Author);
            foreach (var entry in ordered)
            {
                Entry(xml, entry);
            }
            xml.WriteEndElement();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// The entries a feed carries, in its order: newest first; ties (same day) by URL, descending so a briefing's later
    /// version comes first; then as given. At most <see cref="MaxEntries"/>, picked without sorting the others.
    /// </summary>
    public static IReadOnlyList<FeedEntry> Newest(IEnumerable<FeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var newest = new NewestEntries(MaxEntries);
        foreach (var entry in entries)
        {
            newest.Offer(entry);
        }
        return newest.ToArray();
    }

    private static void Entry(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("id", Namespace, entry.Id);
        xml.WriteElementString("title", Namespace, entry.Title);
        Link(xml, "alternate", entry.Url, "text/html");
        xml.WriteElementString("published", Namespace, SiteDates.Rfc3339(entry.Published));
        xml.WriteElementString("updated", Namespace, SiteDates.Rfc3339(entry.Updated));
        Author(xml, entry.Author);
        foreach (var category in entry.Categories.Take(MaxCategories))
        {
            xml.WriteStartElement("category", Namespace);
            xml.WriteAttributeString("term", category);
            xml.WriteEndElement();
        }
        xml.WriteElementString("summary", Namespace, entry.Summary);
        if (entry.ContentHtml is not null)
        {
            xml.WriteStartElement("content", Namespace);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(entry.ContentHtml);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, name);
        xml.WriteEndElement();
    }

    private static XmlWriterSettings Settings => XmlOutput.Settings;
}
