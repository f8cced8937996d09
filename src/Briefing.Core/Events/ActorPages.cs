using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary><c>/actors/</c> and one page per country that appears as either actor of an event.</summary>
public sealed class ActorPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["actors", "event-list"];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        var byCountry = context.Site.Events
            .SelectMany(e => new[] { e.Actor1.Country, e.Actor2.Country }.Distinct(StringComparer.Ordinal).Select(c => (Country: c, Event: e)))
            .GroupBy(x => x.Country, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Country: g.Key, Events: g.Select(x => x.Event).ToList()))
            .ToList();
        if (byCountry.Count == 0)
        {
            yield break;
        }
        yield return RenderJob.At(Urls.Actors, EventReads.Heads(context.Site.Events), () => Index(context, byCountry));
        foreach (var (country, events) in byCountry)
        {
            foreach (var page in Paging.Split(events, context.Site.Config.PageSize, Urls.Actor(country)))
            {
                yield return RenderJob.At(page.Url, [page.Position, .. EventReads.Heads(page.Items)], () => Country(context, country, page));
            }
        }
    }

    private static OutputFile Index(RenderContext context, IReadOnlyList<(string Country, List<EventRecord> Events)> countries)
    {
        var actors = countries
            .Select(c => new ActorSummaryView(c.Country, Countries.Name(c.Country), Urls.Actor(c.Country), c.Events.Count))
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
