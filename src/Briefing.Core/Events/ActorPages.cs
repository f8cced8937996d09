using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary><c>/actors/</c> and one page per country that appears as either actor of an event.</summary>
public sealed class ActorPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["actors", "event-list"];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        // Which countries, which events on which page: from the events' countries alone, worked out once while they are unchanged.
        var plan = context.Remember(nameof(ActorPages), context.ReadsToKeep(() => EventReads.Plan(context.Site, 2, (e, f) => f == 0 ? e.Actor1.Country : e.Actor2.Country)), () => Plan(context.Site));
        return plan.Select(page => page.Job(context));
    }

    private static List<PlannedPage> Plan(SiteModel site)
    {
        var events = site.Events;
        // Events by index: a plan outlives the model it was made from, and holds while every event's front matter is the same.
        var byCountry = EventsByCountry(events);
        if (byCountry.Count == 0)
        {
            return [];
        }
        var countries = byCountry.Select(c => (c.Country, c.Events.Count)).ToList();
        var pages = new List<PlannedPage> { new(Urls.Actors, site => EventReads.Heads(site.Events), context => Index(context, countries)) };
        foreach (var (country, indexes) in byCountry)
        {
            foreach (var page in Paging.Split(indexes, site.Config.PageSize, Urls.Actor(country)))
            {
                pages.Add(new PlannedPage(page.Url, site => [page.Position, .. EventReads.Heads(site, page.Items)], context => Country(context, country, page.Select(i => context.Site.Events[i]))));
            }
        }
        return pages;
    }

    // Each country (ordinal order) with the indexes of its events, oldest first; an event between two actors of one
    // country counts once. Loops rather than a grouping query: a date edit in serve makes the plan again for 10,000 events.
    private static List<(string Country, List<int> Events)> EventsByCountry(IReadOnlyList<EventRecord> events)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < events.Count; e++)
        {
            var (first, second) = (events[e].Actor1.Country, events[e].Actor2.Country);
            Add(lists, first, e);
            if (!string.Equals(first, second, StringComparison.Ordinal))
            {
                Add(lists, second, e);
            }
        }
        var byCountry = lists.Select(pair => (Country: pair.Key, Events: pair.Value)).ToList();
        byCountry.Sort((a, b) => string.CompareOrdinal(a.Country, b.Country));
        return byCountry;
    }

    private static void Add(Dictionary<string, List<int>> lists, string country, int e)
    {
        if (!lists.TryGetValue(country, out var list))
        {
            lists[country] = list = [];
        }
        list.Add(e);
    }

    private static OutputFile Index(RenderContext context, IReadOnlyList<(string Country, int Count)> countries)
    {
        var actors = countries
            .Select(c => new ActorSummaryView(c.Country, Countries.Name(c.Country), Urls.Actor(c.Country), c.Count))
            .ToList();
        var view = new ActorIndexView(
            context.SiteView,
            context.Meta("Actors", "The countries that act or are acted upon in the recorded events.", Urls.Actors),
            context.Nav(Urls.Actors),
            actors);
        return context.Page("actors", Urls.Actors, view);
    }

    private static OutputFile Country(RenderContext context, string country, ListPage<EventRecord> page)
    {
        var name = Countries.Name(country);
        var view = new EventListView(
            context.SiteView,
            context.ListMeta(name, $"Events in which {name} ({country}) acts or is acted upon.", page) with { Modified = page.Items.Max(e => e.Date.FirstDay), FeedUrl = Urls.FeedOf(Urls.Actor(country)) },
            context.Nav(page.Url),
            $"{name} ({country})",
            $"Events in which {name} is either actor, oldest first.",
            Formatting.Count(page.Total, "event", "events"),
            page.Items.Select(EventViewFactory.Summary).ToList(),
            page.Pager);
        return context.Page("event-list", page.Url, view);
    }
}
