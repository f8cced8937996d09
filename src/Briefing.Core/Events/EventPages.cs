using System.Globalization;
using Briefing.Core.Briefings;
using Briefing.Core.Content;
using Briefing.Core.Output;
using Briefing.Core.Pages;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary><c>/events/</c>, the timeline grouped by month, and one page per event.</summary>
public sealed class EventPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["events", "event"];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        var events = context.Site.Events;
        if (events.Count == 0)
        {
            yield break;
        }
        yield return RenderJob.At(Urls.Events, EventReads.Heads(events), () => Timeline(context));
        for (var i = 0; i < events.Count; i++)
        {
            var index = i;
            yield return RenderJob.At(events[i].Url, EventReads.Page(context.Site, events, i), () => Page(context, index));
        }
    }

    private static OutputFile Timeline(RenderContext context)
    {
        var events = context.Site.Events;
        var months = events
            .GroupBy(e => e.Date.MonthText, StringComparer.Ordinal)
            .Select(g => new EventMonthView(MonthLabel(g.First().Date), "m-" + g.Key, g.Select(EventViewFactory.Summary).ToList()))
            .ToList();
        var description = $"A timeline of the {events.Count} events recorded by {context.Site.Config.Title}, month by month, each coded with CAMEO and the Goldstein scale.";
        var view = new EventTimelineView(context.SiteView, context.Meta("Events", description, Urls.Events) with { Modified = events.Max(e => e.Date.FirstDay) }, context.Nav(Urls.Events), events.Count, months, Urls.EventsCsv, Urls.EventsJson, Urls.EventsCodebook);
        return context.Page("events", Urls.Events, view);
    }

    private static OutputFile Page(RenderContext context, int index)
    {
        var events = context.Site.Events;
        var e = events[index];
        var front = e.FrontMatter;
        var view = new EventView(
            context.SiteView,
            context.Meta(e.Title, front.Summary, e.Url, "article", EventStructuredData.For(e, context.Absolute(e.Url), context.Site.Config.Title)) with { Modified = e.Modified },
            context.Nav(e.Url),
            e.Title,
            front.Summary,
            e.Date.View(),
            e.Date.IsMonthPrecision,
            front.Location,
            EventViewFactory.Actor(e.Actor1),
            EventViewFactory.Actor(e.Actor2),
            EventViewFactory.Cameo(e),
            Count(front.Fatalities),
            Count(front.Injured),
            BriefingViewFactory.Tags(front.Tags),
            EventViewFactory.Sources(e, context.Site),
            e.Content.Body,
            EventViewFactory.Link(index > 0 ? events[index - 1] : null),
            EventViewFactory.Link(index + 1 < events.Count ? events[index + 1] : null),
            EventViewFactory.Changes(e));
        return context.Page("event", e.Url, view);
    }

    private static string MonthLabel(EventDate date) => new EventDate(date.Year, date.Month, null).ToDisplayText();

    private static string? Count(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
