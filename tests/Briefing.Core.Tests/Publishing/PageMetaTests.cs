using AngleSharp.Html.Parser;
using Briefing.Core.Output;
using Briefing.Testing;

namespace Briefing.Core.Tests.Publishing;

public class PageMetaTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Page(string path, string? baseUrl = null) =>
        new HtmlParser().ParseDocument(Published.Render(baseUrl).Text(path));

    private static string? Meta(AngleSharp.Html.Dom.IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.GetAttribute("content");

    [Fact]
    public void Canonical_and_og_url_come_from_the_base_url_option()
    {
        var page = Page("briefings/gas-deal/index.html", "https://preview.example.net/");

        Assert.Equal("https://preview.example.net/briefings/gas-deal/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://preview.example.net/briefings/gas-deal/", Meta(page, "meta[property='og:url']"));
    }

    [Fact]
    public void A_briefing_has_article_metadata_with_first_and_latest_dates()
    {
        var page = Page("briefings/airline-crash/index.html");

        Assert.Equal("article", Meta(page, "meta[property='og:type']"));
        Assert.Equal("2025-01-10", Meta(page, "meta[property='article:published_time']"));
        Assert.Equal("2025-03-05", Meta(page, "meta[property='article:modified_time']"));
        Assert.Equal("The airliner crash", Meta(page, "meta[name='twitter:title']"));
        Assert.Equal("What is known about the crash, corrected.", Meta(page, "meta[name='twitter:description']"));
    }

    [Fact]
    public void Every_page_links_the_atom_feed()
    {
        foreach (var file in Published.Render().Html())
        {
            var page = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
            var alternate = page.QuerySelector("link[rel=alternate][type='application/atom+xml']");
            Assert.True(alternate?.GetAttribute("href") == "/feed.xml", $"{file.Path} does not link /feed.xml");
        }
    }

    [Fact]
    public void Only_the_404_page_asks_not_to_be_indexed()
    {
        var noindex = Published.Render().Html()
            .Where(f => new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(f.Content)).QuerySelector("meta[name=robots][content=noindex]") is not null)
            .Select(f => f.Path);

        Assert.Equal(["404.html"], noindex);
    }

    private static readonly PageMeta Head = new("Energy", "Energy · Briefing", "Events tagged energy.", "/tags/energy/", "https://example.org/tags/energy/", "website", "{}")
    {
        Modified = new DateOnly(2025, 8, 1),
        PreviousUrl = "/tags/energy/page/2/",
    };

    [Fact]
    public void A_written_head_keeps_what_the_sitemap_reads_and_lets_the_rest_go()
    {
        var kept = Head.Written();

        Assert.Equal(("/tags/energy/", "https://example.org/tags/energy/", new DateOnly(2025, 8, 1), true), (kept.Url, kept.CanonicalUrl, kept.Modified, kept.Indexable));
        Assert.Equal(("", "", "", null, null), (kept.Title, kept.DocumentTitle, kept.Description, kept.JsonLd, kept.PreviousUrl));
    }

    [Fact]
    public void A_written_head_with_a_feed_keeps_the_title_and_description_its_feed_is_headed_with()
    {
        var kept = (Head with { FeedUrl = "/tags/energy/feed.xml" }).Written();

        Assert.Equal(("Energy · Briefing", "Events tagged energy.", "/tags/energy/feed.xml", null), (kept.DocumentTitle, kept.Description, kept.FeedUrl, kept.JsonLd));
    }
}
