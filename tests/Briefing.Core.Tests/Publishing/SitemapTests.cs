using System.Xml.Linq;
using System.Xml.Schema;
using Briefing.Testing;

namespace Briefing.Core.Tests.Publishing;

public class SitemapTests
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static Dictionary<string, string> LastModByLocation(string? baseUrl = null) =>
        XDocument.Parse(Published.Render(baseUrl).Text("sitemap.xml")).Root!
            .Elements(Sm + "url")
            .ToDictionary(u => (string)u.Element(Sm + "loc")!, u => (string)u.Element(Sm + "lastmod")!);

    [Fact]
    public void Sitemap_lists_every_page_once_at_its_canonical_url_and_leaves_out_the_404_page()
    {
        // The latest version's own page (/briefings/airline-crash/v2/) names /briefings/airline-crash/ as
        // canonical, so only the latter is listed; older versions, history and diff pages are their own.
        string[] expected =
        [
            "https://news.example.org/",
            "https://news.example.org/about/",
            "https://news.example.org/actors/",
            "https://news.example.org/actors/aze/",
            "https://news.example.org/actors/rus/",
            "https://news.example.org/briefings/",
            "https://news.example.org/briefings/airline-crash/",
            "https://news.example.org/briefings/airline-crash/diff/v1-v2/",
            "https://news.example.org/briefings/airline-crash/history/",
            "https://news.example.org/briefings/airline-crash/v1/",
            "https://news.example.org/briefings/gas-deal/",
            "https://news.example.org/briefings/gas-deal/history/",
            "https://news.example.org/events/",
            "https://news.example.org/events/2025/",
            "https://news.example.org/events/2025/02/",
            "https://news.example.org/events/2025/04/",
            "https://news.example.org/events/ceasefire-talks/",
            "https://news.example.org/events/codebook/",
            "https://news.example.org/events/pipeline-protest/",
            "https://news.example.org/search/",
            "https://news.example.org/tags/aviation/",
            "https://news.example.org/tags/diplomacy/",
            "https://news.example.org/tags/energy/",
        ];

        Assert.Equal(expected, LastModByLocation().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rendered_page_but_the_404_page_is_in_the_sitemap_or_names_a_canonical_page_that_is()
    {
        var result = Published.RenderRepository();
        var listed = XDocument.Parse(result.Text("sitemap.xml")).Root!.Elements(Sm + "url").Select(u => (string)u.Element(Sm + "loc")!).ToHashSet();
        foreach (var page in result.Html().Where(f => f.Path != "404.html"))
        {
            var canonical = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.Content))
                .QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.True(canonical is not null && listed.Contains(canonical), $"{page.Path}: canonical {canonical} is not in the sitemap");
        }
    }

    [Fact]
    public void A_briefing_lastmod_is_its_latest_version_date()
    {
        var lastmod = LastModByLocation();

        Assert.Equal("2025-03-05", lastmod["https://news.example.org/briefings/airline-crash/"]);
        Assert.Equal("2025-02-01", lastmod["https://news.example.org/briefings/gas-deal/"]);
    }

    [Fact]
    public void A_tag_page_lastmod_is_its_newest_briefing_or_event_and_undated_pages_take_the_site_newest()
    {
        var lastmod = LastModByLocation();

        // energy: the gas-deal briefing (2025-02-01) and the protest event (2025-02-14).
        Assert.Equal("2025-02-14", lastmod["https://news.example.org/tags/energy/"]);
        Assert.Equal("2025-04-01", lastmod["https://news.example.org/events/ceasefire-talks/"]);
        // The site's newest date is the month-precision event of April 2025, dated the first.
        Assert.Equal("2025-04-01", lastmod["https://news.example.org/about/"]);
        Assert.Equal("2025-04-01", lastmod["https://news.example.org/"]);
    }

    [Fact]
    public void Sitemap_locations_follow_the_base_url_option()
    {
        Assert.All(LastModByLocation("https://preview.example.net/").Keys, loc => Assert.StartsWith("https://preview.example.net/", loc, StringComparison.Ordinal));
    }

    [Fact]
    public void Sitemap_is_valid_against_the_sitemaps_org_schema()
    {
        AssertValid(Published.Render().Text("sitemap.xml"));
        AssertValid(Published.RenderRepository().Text("sitemap.xml"));
    }

    [Fact]
    public void The_schema_check_rejects_a_sitemap_without_loc()
    {
        var invalid = """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>2025-01-01</lastmod></url></urlset>""";

        Assert.ThrowsAny<XmlSchemaValidationException>(() => AssertValid(invalid));
    }

    [Fact]
    public void Robots_txt_names_the_absolute_sitemap_url()
    {
        var robots = Published.Render("https://preview.example.net/").Text("robots.txt");

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://preview.example.net/sitemap.xml\n", robots);
    }

    private static void AssertValid(string xml)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(Sm.NamespaceName, Path.Combine(RepoPaths.Root, "tests", "schemas", "sitemap.xsd"));
        var document = XDocument.Parse(xml);
        document.Validate(schemas, (_, e) => throw e.Exception);
    }
}
