using System.Text;
using Briefing.Core.Publishing;

namespace Briefing.Core.Tests.Publishing;

/// <summary>
/// The sitemap written straight as UTF-8 (<see cref="SitemapXml"/>) and brought up to date piece by piece
/// (<see cref="SitemapPieces"/>) is byte for byte what the XmlWriter-based writer made.
/// </summary>
public class SitemapXmlTests
{
    // What URLs can hold: markup characters, quotes, non-ASCII that Urls.Escaped percent-encodes, tabs and line breaks.
    private static readonly string[] Fragments =
    [
        "a", "events", "2025", "-", "_", "~", ".", "%20", "?q=1", "&", "&amp;", "<", ">", "\"", "'", "]]>", "#x",
        "é", "ü", "日本", "😀", "\t", "\n", "\r\n", "\r", " ", "/", ";", "=", "+",
    ];

    private static readonly string[] Bases = ["https://news.example.org", "http://localhost:8080/sub", "https://a.example/x&y"];

    [Fact]
    public void An_empty_sitemap_is_an_empty_urlset()
    {
        SameBytes(XmlWriterSitemap.Write([]), SitemapXml.Write([]));
    }

    [Fact]
    public void The_sitemap_is_byte_for_byte_what_XmlWriter_wrote_over_many_generated_url_lists()
    {
        var random = new Random(20261130);
        for (var run = 0; run < 500; run++)
        {
            var urls = Urls(random, random.Next(0, 40));

            SameBytes(XmlWriterSitemap.Write(urls), SitemapXml.Write(urls));
        }
    }

    [Fact]
    public void Duplicate_locations_are_both_written_in_the_order_given_as_XmlWriter_wrote_them()
    {
        SitemapUrl[] urls = [new("https://x.example/b", new(2025, 1, 2)), new("https://x.example/a", new(2025, 1, 3)), new("https://x.example/b", new(2024, 5, 6))];

        SameBytes(XmlWriterSitemap.Write(urls), SitemapXml.Write(urls));
    }

    [Fact]
    public void A_control_character_in_a_location_is_refused_as_XmlWriter_refused_it()
    {
        SitemapUrl[] urls = [new("https://x.example/a\u0001b", new(2025, 1, 2))];

        Assert.ThrowsAny<ArgumentException>(() => XmlWriterSitemap.Write(urls));
        Assert.ThrowsAny<ArgumentException>(() => SitemapXml.Write(urls));
    }

    [Fact]
    public void The_kept_pieces_make_the_file_a_fresh_write_makes_through_a_session_of_random_edits()
    {
        var random = new Random(7);
        var pieces = new SitemapPieces();
        var urls = Distinct(Urls(random, 60));
        for (var save = 0; save < 300; save++)
        {
            urls = Edited(random, urls);

            SameBytes(XmlWriterSitemap.Write(urls), pieces.File(urls));
        }
    }

    [Fact]
    public void A_url_whose_day_changed_is_written_anew_while_the_order_is_kept()
    {
        var pieces = new SitemapPieces();
        List<SitemapUrl> urls = [new("https://x.example/b", new(2025, 1, 2)), new("https://x.example/a", new(2025, 1, 3))];
        pieces.File(urls);
        urls[0] = urls[0] with { LastModified = new(2026, 11, 30) };

        var file = Text(pieces.File(urls));

        Assert.Equal(Text(XmlWriterSitemap.Write(urls)), file);
        Assert.Contains("<loc>https://x.example/b</loc>\n    <lastmod>2026-11-30</lastmod>", file, StringComparison.Ordinal);
    }

    // One save: a day changed, a page added or removed, the list shuffled (render order is not the sitemap's), or nothing.
    private static List<SitemapUrl> Edited(Random random, List<SitemapUrl> urls)
    {
        var edited = urls.ToList();
        switch (random.Next(5))
        {
            case 0 when edited.Count > 0:
                var at = random.Next(edited.Count);
                edited[at] = edited[at] with { LastModified = Day(random) };
                break;
            case 1:
                edited.Insert(random.Next(edited.Count + 1), Url(random));
                break;
            case 2 when edited.Count > 0:
                edited.RemoveAt(random.Next(edited.Count));
                break;
            case 3:
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(edited));
                break;
            default:
                break;
        }
        return Distinct(edited);
    }

    // The sitemap generator lists each location once; the writer itself takes duplicates (tested above).
    private static List<SitemapUrl> Distinct(IEnumerable<SitemapUrl> urls) => [.. urls.DistinctBy(u => u.Location, StringComparer.Ordinal)];

    private static List<SitemapUrl> Urls(Random random, int count)
    {
        var urls = new List<SitemapUrl>();
        for (var i = 0; i < count; i++)
        {
            // A location now and then again, with another day: duplicates reach the writer in the order given.
            urls.Add(urls.Count > 0 && random.Next(8) == 0 ? urls[random.Next(urls.Count)] with { LastModified = Day(random) } : Url(random));
        }
        return urls;
    }

    private static SitemapUrl Url(Random random)
    {
        var path = new StringBuilder(Bases[random.Next(Bases.Length)]).Append('/');
        var parts = random.Next(0, 6);
        for (var p = 0; p < parts; p++)
        {
            path.Append(Fragments[random.Next(Fragments.Length)]);
        }
        return new SitemapUrl(path.ToString(), Day(random));
    }

    private static DateOnly Day(Random random) => DateOnly.FromDayNumber(DateOnly.MinValue.DayNumber + random.Next(3_652_058));

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    // Compared as text first, for a readable difference, then byte for byte.
    private static void SameBytes(byte[] expected, byte[] actual)
    {
        Assert.Equal(Text(expected), Text(actual));
        Assert.Equal(expected, actual);
    }
}
