using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Briefing.Testing;

namespace Briefing.Core.Tests.Events;

/// <summary>An event's changes are shown at the top of its page and announced in the feed, each as its own entry.</summary>
public sealed class EventChangePagesTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Changed = EventInput.ValidFrontMatter + """

        changes:
          - type: correction
            date: 2026-11-30
            text: The centre was closed on 27 June, not 26 June <as first said>.
            was:
              date: 2025-06-26
              cameo: "173"
          - type: clarification
            date: 2026-12-02
            text: The account names the ministry.
        """;

    [Fact]
    public void Event_page_shows_each_note_newest_first_above_the_facts_with_the_earlier_values()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", Changed);
        var page = new HtmlParser().ParseDocument(input.Render().Text("events/centre/index.html"));

        var notes = page.QuerySelectorAll("aside#changes p").Select(p => p.TextContent.Trim()).ToList();
        Assert.Equal(
            [
                "Clarification: The account names the ministry. (2 December 2026)",
                "Correction: The centre was closed on 27 June, not 26 June <as first said>. Before this change: date 26 June 2025; CAMEO 173, Arrest, detain, or charge with legal action (\u22125.0). (30 November 2026)",
            ],
            notes);
        var article = page.QuerySelector("article.event")!;
        Assert.True(article.QuerySelector("aside#changes")!.CompareDocumentPosition(article.QuerySelector("dl.facts")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public void Event_page_without_changes_has_no_notes()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", EventInput.ValidFrontMatter);

        Assert.DoesNotContain("change-notes", input.Render().Text("events/centre/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_carries_each_change_as_an_entry_dated_the_day_of_the_change_linking_to_the_notes()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", Changed);
        var entries = XDocument.Parse(input.Render().Text("feed.xml")).Root!.Elements(Atom + "entry").ToList();

        var correction = entries.Single(e => (string)e.Element(Atom + "title")! == "Correction: Russia closes a cultural centre");
        Assert.Equal("tag:example.org,2026-11-30:/events/centre/#change-1", (string)correction.Element(Atom + "id")!);
        Assert.Equal("https://example.org/events/centre/#changes", (string)correction.Element(Atom + "link")!.Attribute("href")!);
        Assert.Equal("2026-11-30T00:00:00Z", (string)correction.Element(Atom + "updated")!);
        Assert.Equal("The centre was closed on 27 June, not 26 June <as first said>.", (string)correction.Element(Atom + "summary")!);
        Assert.Contains("<strong>Correction:</strong> The centre was closed on 27 June, not 26 June &lt;as first said&gt;.", correction.Element(Atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Contains("Before this change: date 26 June 2025", correction.Element(Atom + "content")!.Value, StringComparison.Ordinal);

        Assert.Equal(
            ["Clarification: Russia closes a cultural centre", "Correction: Russia closes a cultural centre", "Test briefing", "Russia closes a cultural centre"],
            entries.Select(e => (string)e.Element(Atom + "title")!));
    }

    [Fact]
    public void Corrected_event_page_is_modified_on_the_day_of_its_latest_change()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", Changed);
        var sitemap = XDocument.Parse(input.Render().Text("sitemap.xml")).Root!;
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var url = sitemap.Elements(ns + "url").Single(u => ((string)u.Element(ns + "loc")!).EndsWith("/events/centre/", StringComparison.Ordinal));
        Assert.Equal("2026-12-02", (string)url.Element(ns + "lastmod")!);
    }
}
