using Briefing.Core.Briefings;
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
    /// What paged lists of events are planned from (which pages, which events on each): the page size and the front
    /// matter of each event, in order. A plan kept while these are equal holds for every index it names.
    /// </summary>
    public static IReadOnlyList<object> PagedLists(SiteModel site)
    {
        var events = site.Events;
        var reads = new object[events.Count + 1];
        reads[0] = site.Config.PageSize;
        for (var i = 0; i < events.Count; i++)
        {
            reads[i + 1] = events[i].Source.Head;
        }
        return reads;
    }

    /// <summary>An event's page: its whole document, its neighbours' front matter (the previous and next links) and the briefing versions it cites (titles, headings).</summary>
    public static IReadOnlyList<object> Page(SiteModel site, IReadOnlyList<EventRecord> events, int index)
    {
        var e = events[index];
        var reads = new List<object>(6) { e.Source, index > 0 ? events[index - 1].Source.Head : "first", index + 1 < events.Count ? events[index + 1].Source.Head : "last" };
        AddCitedVersions(reads, site, e);
        return reads;
    }

    /// <summary>An event's row of the dataset: its front matter and the briefing versions it cites (a source's title names the version and its section).</summary>
    public static IReadOnlyList<object> Row(SiteModel site, EventRecord e)
    {
        var reads = new List<object>(3) { e.Source.Head };
        AddCitedVersions(reads, site, e);
        return reads;
    }

    private static void AddCitedVersions(List<object> reads, SiteModel site, EventRecord e)
    {
        foreach (var citation in e.FrontMatter.Sources.OfType<BriefingCitation>())
        {
            var version = site.FindBriefing(citation.Briefing)?.Versions.FirstOrDefault(v => v.Number == citation.Version);
            reads.Add(version is null ? "missing" : version.Source);
        }
    }
}
