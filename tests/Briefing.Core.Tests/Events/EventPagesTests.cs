using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Core.Build;
using Briefing.Core.Pages;
using Briefing.Testing;

namespace Briefing.Core.Tests.Events;

/// <summary>What the event pages, the timeline and the lists show, read from the built 04-events fixture.</summary>
public sealed class EventPagesTests
{
    private static readonly Lazy<BuildResult> Fixture = new(() => SiteBuilds.Render(RepoPaths.Fixture("04-events")));

    // The fixture's events, in the order they should sort: 15 January, then February (month precision) before 10 February.
    private const string Patrol = "/events/patrol-boats-exchange-fire/";
    private const string Talks = "/events/talks-resume/";
    private const string Visit = "/events/minister-visits-ankara/";

    [Fact]
    public void Fixture_builds_without_diagnostics()
    {
        Assert.Empty(Fixture.Value.Diagnostics);
    }

    [Fact]
    public void Events_page_links_each_year_with_its_count_and_the_dataset()
    {
        var page = Page("events/index.html");
        var years = page.QuerySelectorAll(".archive-list li").Select(li => (li.QuerySelector("a")!.GetAttribute("href"), Normalise(li.TextContent))).ToList();
        Assert.Equal([("/events/2025/", "2025 · 3 events")], years);
        Assert.Equal(["/events/events.csv", "/events/events.json", "/events/codebook/"], page.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")));
        Assert.Empty(page.QuerySelectorAll(".event-title"));
    }

    [Fact]
    public void Year_page_links_its_months_with_their_counts()
    {
        var months = Page("events/2025/index.html").QuerySelectorAll(".archive-list li").Select(li => (li.QuerySelector("a")!.GetAttribute("href"), Normalise(li.TextContent))).ToList();
        Assert.Equal([("/events/2025/01/", "January 2025 · 1 event"), ("/events/2025/02/", "February 2025 · 2 events")], months);
    }

    [Fact]
    public void Month_page_lists_its_events_month_precision_first_and_links_the_months_either_side()
    {
        Assert.Equal([Talks, Visit], EventLinks("events/2025/02/index.html"));
        Assert.Equal([Patrol], EventLinks("events/2025/01/index.html"));
        var neighbours = Page("events/2025/02/index.html").QuerySelectorAll("nav.neighbours a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/events/2025/01/"], neighbours);
    }

    [Fact]
    public void Lists_that_fit_on_one_page_have_no_pager_and_no_second_page()
    {
        Assert.DoesNotContain(Fixture.Value.Files, f => f.Path.Contains("/page/", StringComparison.Ordinal));
        Assert.Null(Page("actors/aze/index.html").QuerySelector("nav.pager"));
        Assert.Null(Page("actors/aze/index.html").QuerySelector("link[rel=next]"));
    }

    [Fact]
    public void Event_page_links_previous_and_next_events_in_date_order()
    {
        var page = Page("events/talks-resume/index.html");
        Assert.Equal(Patrol, page.QuerySelector(".prev-next a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(Visit, page.QuerySelector(".prev-next a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public void First_event_has_no_previous_link()
    {
        var page = Page("events/patrol-boats-exchange-fire/index.html");
        Assert.Null(page.QuerySelector(".prev-next a[rel=prev]"));
        Assert.Equal(Talks, page.QuerySelector(".prev-next a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public void Event_page_shows_cameo_description_goldstein_value_and_casualties()
    {
        var facts = Facts("events/patrol-boats-exchange-fire/index.html");
        Assert.Equal("CAMEO 190: Use conventional military force, not specified below (material conflict)", facts["Event type"]);
        Assert.Equal("−10.0 (from the CAMEO table)", facts["Goldstein value"]);
        Assert.Equal("1", facts["Killed"]);
        Assert.Equal("3", facts["Injured"]);
        Assert.Equal("Russia (military) RUS:MIL", facts["Actor"]);
    }

    [Fact]
    public void Event_page_shows_an_overridden_goldstein_value_with_its_reason_and_the_table_value()
    {
        var facts = Facts("events/talks-resume/index.html");
        Assert.Equal("+4.0 (set for this event; the CAMEO table gives +7.0)", facts["Goldstein value"]);
        Assert.StartsWith("The talks were exploratory", facts["Why the value differs"], StringComparison.Ordinal);
        Assert.False(facts.ContainsKey("Killed"));
    }

    [Fact]
    public void Month_precision_event_shows_only_the_month()
    {
        var page = Page("events/talks-resume/index.html");
        var time = page.QuerySelector(".facts time")!;
        Assert.Equal(("2025-02", "February 2025"), (time.GetAttribute("datetime"), time.TextContent));
    }

    [Fact]
    public void Event_page_links_briefing_sources_to_the_cited_version_and_anchor_and_web_sources_as_external()
    {
        var links = Page("events/patrol-boats-exchange-fire/index.html").QuerySelectorAll(".sources a")
            .Select(a => (a.GetAttribute("href"), a.GetAttribute("rel"))).ToList();
        Assert.Equal(
            [("/briefings/field-notes/v1/#the-crossing", null), ("https://example.org/reports/river", "external noopener")],
            links);
    }

    [Fact]
    public void Actor_page_lists_every_event_naming_the_country_on_either_side()
    {
        Assert.Equal([Patrol, Talks, Visit], EventLinks("actors/aze/index.html"));
        Assert.Equal([Patrol, Talks], EventLinks("actors/rus/index.html"));
        Assert.Equal([Visit], EventLinks("actors/tur/index.html"));
    }

    [Fact]
    public void Tag_page_lists_briefings_and_events_with_that_tag()
    {
        var page = Page("tags/security/index.html");
        Assert.Equal(["/briefings/field-notes/"], page.QuerySelectorAll(".summary h2 a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal([Patrol], EventLinks("tags/security/index.html"));
    }

    [Fact]
    public void Tag_used_only_by_events_gets_a_page()
    {
        Assert.Equal([Patrol], EventLinks("tags/border-incidents/index.html"));
    }

    [Fact]
    public void Briefing_page_lists_the_events_citing_it_with_what_they_cite()
    {
        var items = Page("briefings/field-notes/index.html").QuerySelectorAll(".citing-events li")
            .Select(li => (li.QuerySelector("a")!.GetAttribute("href"), li.TextContent.Contains("cites version 1, section “The crossing”", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal([(Patrol, true), (Talks, false), (Visit, false)], items);
        Assert.Contains("cites version 1, paragraph 4", Page("briefings/field-notes/index.html").QuerySelector(".citing-events")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Navigation_links_events_when_there_are_events()
    {
        var nav = Page("index.html").QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/events/", nav);
    }

    [Fact]
    public void Site_without_events_has_no_events_link_and_no_events_pages()
    {
        var result = SiteBuilds.Render(RepoPaths.Fixture("01-minimal"));
        var nav = Parse(result.Text("index.html")).QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.GetAttribute("href"));
        Assert.DoesNotContain("/events/", nav);
        Assert.False(result.Has("events/index.html"));
    }

    private static List<string?> EventLinks(string path) =>
        Page(path).QuerySelectorAll(".event-title a").Select(a => a.GetAttribute("href")).ToList();

    private static Dictionary<string, string> Facts(string path)
    {
        var list = Page(path).QuerySelector("dl.facts")!;
        return list.QuerySelectorAll("dt").ToDictionary(
            dt => dt.TextContent.Trim(),
            dt => Normalise(dt.NextElementSibling!.TextContent));
    }

    private static IDocument Page(string path) => Parse(Fixture.Value.Text(path));

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
