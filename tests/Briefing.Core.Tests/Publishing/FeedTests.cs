using System.Xml.Linq;
using Briefing.Core.Publishing;
using Briefing.Core.Site;
using Briefing.Testing;

namespace Briefing.Core.Tests.Publishing;

public class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static XElement Feed(string? baseUrl = null) => XDocument.Parse(Published.Render(baseUrl).Text("feed.xml")).Root!;

    [Fact]
    public void Feed_has_one_entry_per_briefing_version_and_per_event_newest_first()
    {
        var links = Feed().Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "link")!.Attribute("href")!).ToList();

        Assert.Equal(
            [
                "https://news.example.org/events/ceasefire-talks/",
                "https://news.example.org/briefings/airline-crash/v2/",
                "https://news.example.org/events/pipeline-protest/",
                "https://news.example.org/briefings/gas-deal/v1/",
                "https://news.example.org/briefings/airline-crash/v1/",
            ],
            links);
    }

    [Fact]
    public void An_event_known_only_by_its_month_is_dated_the_first_and_its_id_keeps_only_the_month()
    {
        var entry = Feed().Elements(Atom + "entry").Single(e => (string)e.Element(Atom + "title")! == "Ceasefire talks reported");

        Assert.Equal("tag:news.example.org,2025-04:/events/ceasefire-talks/", (string)entry.Element(Atom + "id")!);
        Assert.Equal("2025-04-01T00:00:00Z", (string)entry.Element(Atom + "published")!);
        Assert.Equal("Talks were reported during the month; no day is known.", (string)entry.Element(Atom + "summary")!);
    }

    [Fact]
    public void Feed_updated_is_the_newest_entry_date_not_the_clock()
    {
        Assert.Equal("2025-04-01T00:00:00Z", (string)Feed().Element(Atom + "updated")!);
    }

    [Fact]
    public void Entry_ids_are_tag_uris_from_site_yml_and_do_not_change_with_the_base_url()
    {
        var production = Feed().Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "id")!).ToList();
        var preview = Feed("https://deploy-preview-7--fixture.netlify.app/").Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "id")!).ToList();

        Assert.Equal("tag:news.example.org,2025-03-05:/briefings/airline-crash/v2/", production[1]);
        Assert.Equal(production, preview);
    }

    [Fact]
    public void Links_use_the_base_url_the_site_is_built_for()
    {
        var feed = Feed("https://deploy-preview-7--fixture.netlify.app/");
        var self = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");

        Assert.Equal("https://deploy-preview-7--fixture.netlify.app/feed.xml", (string)self.Attribute("href")!);
        Assert.StartsWith("https://deploy-preview-7--fixture.netlify.app/", (string)feed.Element(Atom + "entry")!.Element(Atom + "link")!.Attribute("href")!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_version_entry_names_its_number_and_carries_its_corrections_escaped()
    {
        var entry = Feed().Elements(Atom + "entry").Single(e => ((string)e.Element(Atom + "id")!).EndsWith("/v2/", StringComparison.Ordinal));

        Assert.Equal("The airliner crash (version 2)", (string)entry.Element(Atom + "title")!);
        var content = entry.Element(Atom + "content")!;
        Assert.Equal("html", (string)content.Attribute("type")!);
        Assert.Contains("<strong>Correction:</strong> The crash site was near the coast, not inland &lt;as first said&gt;.", content.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_of_the_fixture_follows_the_atom_rules()
    {
        Assert.Empty(AtomRules.Problems(Published.Render().Text("feed.xml")));
    }

    [Fact]
    public void Feed_of_the_repository_site_follows_the_atom_rules()
    {
        Assert.Empty(AtomRules.Problems(Published.RenderRepository().Text("feed.xml")));
    }

    [Fact]
    public void Atom_rules_catch_an_entry_without_id_and_a_relative_link()
    {
        var broken = """
            <feed xmlns="http://www.w3.org/2005/Atom"><id>tag:x.org,2025:/</id><title>t</title><updated>2025-01-01</updated>
            <link rel="self" href="/feed.xml"/><author><name>a</name></author>
            <entry><title>e</title><updated>2025-01-01T00:00:00Z</updated><link href="https://x.org/e"/></entry></feed>
            """;

        var problems = AtomRules.Problems(broken);

        Assert.Contains(problems, p => p.Contains("0 atom:id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not an RFC 3339", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'/feed.xml' is not absolute", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_history_keeps_only_the_fifty_newest_entries()
    {
        var header = new FeedHeader("tag:x.org,2025:/", "T", "S", "https://x.org/feed.xml", "https://x.org/", "A");
        var start = new DateOnly(2020, 1, 1);
        var entries = Enumerable.Range(0, 120).Select(day => new FeedEntry(
            $"tag:x.org,2025:/e/{day}/", $"Event {day}", $"https://x.org/e/{day}/", start.AddDays(day), start.AddDays(day), "A", "S", []));

        var titles = XDocument.Parse(AtomFeed.Write(header, entries)).Root!.Elements(Atom + "entry")
            .Select(e => (string)e.Element(Atom + "title")!).ToList();

        Assert.Equal(50, titles.Count);
        Assert.Equal("Event 119", titles[0]);
        Assert.Equal("Event 70", titles[^1]);
    }

    [Fact]
    public void An_empty_site_has_a_feed_dated_at_the_epoch()
    {
        var header = new FeedHeader("tag:x.org,2025:/", "T", "S", "https://x.org/feed.xml", "https://x.org/", "A");

        var feed = XDocument.Parse(AtomFeed.Write(header, [])).Root!;

        Assert.Equal("1970-01-01T00:00:00Z", (string)feed.Element(Atom + "updated")!);
        Assert.Empty(feed.Elements(Atom + "entry"));
    }
}
