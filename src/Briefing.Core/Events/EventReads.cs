using Briefing.Core.Pages;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>What the events' pages read, for <see cref="RenderJob.Reads"/>.</summary>
public static class EventReads
{
    /// <summary>The front matter of each event, in order: what lists, counts, the index and the feed are made of.</summary>
    public static IReadOnlyList<object> Heads(IEnumerable<EventRecord> events) =>
        events.Select(e => (object)e.Source.Head).ToArray();

    /// <summary>
    /// What a plan of paged lists of events is made from: the page size and <paramref name="field"/> of each event
    /// (or several fields, as consecutive items), in order. A plan kept while these are equal holds for every index it names.
    /// </summary>
    public static IReadOnlyList<object> Plan(SiteModel site, int fieldsPerEvent, Func<EventRecord, int, object> field)
    {
        var events = site.Events;
        var reads = new object[1 + (events.Count * fieldsPerEvent)];
        reads[0] = site.Config.PageSize;
        for (var i = 0; i < events.Count; i++)
        {
            for (var f = 0; f < fieldsPerEvent; f++)
            {
                reads[1 + (i * fieldsPerEvent) + f] = field(events[i], f);
            }
        }
        return reads;
    }

    /// <summary>The front matter of the events at <paramref name="indexes"/> in the timeline, in that order.</summary>
    public static IEnumerable<object> Heads(SiteModel site, IEnumerable<int> indexes) =>
        indexes.Select(i => (object)site.Events[i].Source.Head);

    /// <summary>An event's page: its whole document, its neighbours' front matter (the previous and next links) and the briefing versions it cites (titles, headings).</summary>
    public static IReadOnlyList<object> Page(SiteModel site, IReadOnlyList<EventRecord> events, int index)
    {
        var e = events[index];
        var cited = CitedVersions(site, e);
        var reads = new object[3 + cited.Count];
        reads[0] = e.Source;
        reads[1] = index > 0 ? events[index - 1].Source.Head : "first";
        reads[2] = index + 1 < events.Count ? events[index + 1].Source.Head : "last";
        Copy(cited, reads, 3);
        return reads;
    }

    /// <summary>An event's row of the dataset: its front matter and the briefing versions it cites (a source's title names the version and its section).</summary>
    public static IReadOnlyList<object> Row(SiteModel site, EventRecord e)
    {
        var cited = CitedVersions(site, e);
        var reads = new object[1 + cited.Count];
        reads[0] = e.Source.Head;
        Copy(cited, reads, 1);
        return reads;
    }

    // Resolved once per event by the model, and kept there while the event and the briefings are unchanged.
    private static IReadOnlyList<object> CitedVersions(SiteModel site, EventRecord e) =>
        site.Find<EventSet>() is { } events ? events.Cited(e).Versions : [];

    private static void Copy(IReadOnlyList<object> items, object[] into, int at)
    {
        for (var i = 0; i < items.Count; i++)
        {
            into[at + i] = items[i];
        }
    }
}
