using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Briefing.Core.Publishing;
using Briefing.Core.Site;
using Briefing.Testing;

namespace Briefing.Core.Tests.Publishing;

/// <summary>An Atom feed per actor and per tag, announced by its page (fixture <c>60-publishing</c>).</summary>
public class TopicFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly string[] TopicFeedPaths =
        ["actors/aze/feed.xml", "actors/rus/feed.xml", "tags/aviation/feed.xml", "tags/diplomacy/feed.xml", "tags/energy/feed.xml"];

    private static XElement Feed(string path, string? baseUrl = null) => XDocument.Parse(Published.Render(baseUrl).Text(path)).Root!;

    private static List<string> Links(XElement feed) =>
        feed.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "link")!.Attribute("href")!).ToList();

    [Fact]
    public void Every_actor_and_tag_has_a_feed_and_no_other_page_does()
    {
        var feeds = Published.Render().Files.Select(f => f.Path).Where(p => p.EndsWith("feed.xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(["actors/aze/feed.xml", "actors/rus/feed.xml", "feed.xml", "tags/aviation/feed.xml", "tags/diplomacy/feed.xml", "tags/energy/feed.xml"], feeds);
    }

    [Fact]
    public void Each_topic_feed_follows_the_atom_rules()
    {
        var site = Published.Render();

        Assert.All(TopicFeedPaths, path => Assert.Empty(AtomRules.Problems(site.Text(path))));
    }

    [Fact]
    public void Topic_feeds_of_the_repository_site_follow_the_atom_rules()
    {
        var site = Published.RenderRepository();
        var feeds = site.Files.Select(f => f.Path).Where(p => p.EndsWith("/feed.xml", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(feeds);
        Assert.All(feeds, path => Assert.Empty(AtomRules.Problems(site.Text(path))));
    }

    [Fact]
    public void An_actor_feed_holds_the_events_that_country_takes_part_in_newest_first()
    {
        Assert.Equal(["https://news.example.org/events/ceasefire-talks/"], Links(Feed("actors/rus/feed.xml")));
        Assert.Equal(
            ["https://news.example.org/events/ceasefire-talks/", "https://news.example.org/events/pipeline-protest/"],
            Links(Feed("actors/aze/feed.xml")));
    }

    [Fact]
    public void A_tag_feed_holds_each_briefing_version_and_event_that_carries_the_tag()
    {
        Assert.Equal(
            ["https://news.example.org/events/pipeline-protest/", "https://news.example.org/briefings/gas-deal/v1/"],
            Links(Feed("tags/energy/feed.xml")));
        Assert.Equal(
            ["https://news.example.org/briefings/airline-crash/v2/", "https://news.example.org/briefings/airline-crash/v1/"],
            Links(Feed("tags/aviation/feed.xml")));
        Assert.Equal(["https://news.example.org/briefings/airline-crash/v2/"], Links(Feed("tags/diplomacy/feed.xml")));
    }

    [Fact]
    public void A_topic_feed_is_titled_as_its_page_and_links_back_to_it()
    {
        var feed = Feed("tags/energy/feed.xml", "https://deploy-preview-7--fixture.netlify.app/");
        string Link(string rel) => (string)feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == rel).Attribute("href")!;

        Assert.Equal("Tagged “energy” · Fixture Weekly", (string)feed.Element(Atom + "title")!);
        Assert.Equal("https://deploy-preview-7--fixture.netlify.app/tags/energy/feed.xml", Link("self"));
        Assert.Equal("https://deploy-preview-7--fixture.netlify.app/tags/energy/", Link("alternate"));
        Assert.Equal("https://news.example.org/tags/energy/", (string)feed.Element(Atom + "id")!);
        Assert.Equal("2025-02-14T00:00:00Z", (string)feed.Element(Atom + "updated")!);
    }

    [Fact]
    public void An_entry_lists_at_most_32_of_its_tags_as_categories()
    {
        var header = new FeedHeader("tag:x.org,2025:/", "T", "S", "https://x.org/feed.xml", "https://x.org/", "A");
        var entry = new FeedEntry("tag:x.org,2025:/e/", "E", "https://x.org/e/", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1), "A", "S",
            [.. Enumerable.Range(0, 1000).Select(i => $"topic {i}")]);

        var categories = XDocument.Parse(AtomFeed.Write(header, [entry])).Root!.Element(Atom + "entry")!.Elements(Atom + "category").ToList();

        Assert.Equal(AtomFeed.MaxCategories, categories.Count);
        Assert.Equal("topic 0", (string)categories[0].Attribute("term")!);
    }

    [Theory]
    [InlineData("actors/aze/index.html", "/actors/aze/feed.xml", "Azerbaijan · Fixture Weekly")]
    [InlineData("tags/energy/index.html", "/tags/energy/feed.xml", "Tagged “energy” · Fixture Weekly")]
    public void A_topic_page_announces_its_feed_beside_the_site_feed(string page, string feedUrl, string title)
    {
        var head = new HtmlParser().ParseDocument(Published.Render().Text(page)).Head!;
        var feeds = head.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").ToList();

        Assert.Equal(["/feed.xml", feedUrl], feeds.Select(l => l.GetAttribute("href")));
        Assert.Equal(title, feeds[1].GetAttribute("title"));
    }

    [Fact]
    public void Other_pages_announce_only_the_site_feed()
    {
        var head = new HtmlParser().ParseDocument(Published.Render().Text("briefings/gas-deal/index.html")).Head!;

        Assert.Equal(["/feed.xml"], head.QuerySelectorAll("link[type='application/atom+xml']").Select(l => l.GetAttribute("href")));
    }
}
