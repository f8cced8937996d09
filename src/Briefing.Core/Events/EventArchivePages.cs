using System.Globalization;
using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>
/// The events archive: <c>/events/</c> links the years, <c>/events/2025/</c> its months, and <c>/events/2025/06/</c>
/// lists that month's events, paged. Each page reads only what it shows, so an edit re-renders its month's pages and
/// no other list but the counts above it.
/// </summary>
public sealed class EventArchivePages : IPageGenerator
{
    public IEnumerable<string> Templates => ["events", "event-year", "event-month"];

    /// <summary>
    /// A month of the archive: its events by index in the timeline (a plan outlives the model it was made from, and
    /// holds while every event's front matter is the same) and the latest day among them.
    /// </summary>
    private sealed record Month(int Year, int Number, IReadOnlyList<int> Events, DateOnly Modified)
    {
        public string Url => Urls.EventMonth(Year, Number);

        public string Label => new EventDate(Year, Number, null).ToDisplayText();

        public ArchiveLinkView Link => new(Label, Url, new EventDate(Year, Number, null).ToString(), Count(Events.Count));
    }

    private sealed record Year(int Number, IReadOnlyList<Month> Months)
    {
        public int EventCount => Months.Sum(m => m.Events.Count);

        public string Label => Number.ToString("D4", CultureInfo.InvariantCulture);

        public ArchiveLinkView Link => new(Label, Urls.EventYear(Number), Label, Count(EventCount));

        public DateOnly Modified => Months.Max(m => m.Modified);
    }

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        // Which pages, which events on each: from the events' dates alone, worked out once while they are unchanged.
        var plan = context.Remember(nameof(EventArchivePages), context.ReadsToKeep(() => EventReads.Plan(context.Site, 1, (e, _) => e.Date)), () => Plan(context.Site));
        return plan.Select(page => page.Job(context));
    }

    private static List<PlannedPage> Plan(SiteModel site)
    {
        var events = site.Events;
        if (events.Count == 0)
        {
            return [];
        }
        var years = Years(events);
        IReadOnlyList<object> indexReads = [.. years.Select(y => y.Link), years.Max(y => y.Modified)];
        var pages = new List<PlannedPage> { new(Urls.Events, _ => indexReads, context => Index(context, years)) };
        for (var y = 0; y < years.Count; y++)
        {
            var (year, previous, next) = (years[y], y > 0 ? years[y - 1] : null, y + 1 < years.Count ? years[y + 1] : null);
            IReadOnlyList<object> reads = [.. year.Months.Select(m => m.Link), year.Modified, previous?.Link ?? (object)"first", next?.Link ?? (object)"last"];
            pages.Add(new PlannedPage(Urls.EventYear(year.Number), _ => reads, context => YearPage(context, year, previous, next)));
        }
        var months = years.SelectMany(y => y.Months).ToList();
        for (var m = 0; m < months.Count; m++)
        {
            var (month, previous, next) = (months[m], m > 0 ? months[m - 1] : null, m + 1 < months.Count ? months[m + 1] : null);
            foreach (var page in Paging.Split(month.Events, site.Config.PageSize, month.Url))
            {
                var (before, after) = (previous?.Link ?? (object)"first", next?.Link ?? (object)"last");
                pages.Add(new PlannedPage(page.Url, site => [page.Position, .. EventReads.Heads(site, page.Items), before, after], context => MonthPage(context, month, page.Select(i => context.Site.Events[i]), previous, next)));
            }
        }
        return pages;
    }

    // The events are sorted by date, month-precision ones first in their month, so each month's events are one run of
    // the timeline, in order. Walked once: a date edit in serve makes the plan again for 10,000 events.
    private static List<Year> Years(IReadOnlyList<EventRecord> events)
    {
        var years = new List<Year>();
        var e = 0;
        while (e < events.Count)
        {
            var year = events[e].Date.Year;
            var months = new List<Month>();
            while (e < events.Count && events[e].Date.Year == year)
            {
                var (month, start, modified) = (events[e].Date.Month, e, DateOnly.MinValue);
                for (; e < events.Count && events[e].Date.Year == year && events[e].Date.Month == month; e++)
                {
                    var day = events[e].Date.FirstDay;
                    modified = day > modified ? day : modified;
                }
                months.Add(new Month(year, month, Enumerable.Range(start, e - start).ToList(), modified));
            }
            years.Add(new Year(year, months));
        }
        return years;
    }

    private static OutputFile Index(RenderContext context, IReadOnlyList<Year> years)
    {
        var total = years.Sum(y => y.EventCount);
        var description = $"The archive of the {total} events recorded by {context.Site.Config.Title}, year by year and month by month, each coded with CAMEO and the Goldstein scale.";
        var view = new EventArchiveView(
            context.SiteView,
            context.Meta("Events", description, Urls.Events) with { Modified = years.Max(y => y.Modified) },
            context.Nav(Urls.Events),
            Count(total),
            years.Select(y => y.Link).ToList(),
            Urls.EventsCsv,
            Urls.EventsJson,
            Urls.EventsCodebook);
        return context.Page("events", Urls.Events, view);
    }

    private static OutputFile YearPage(RenderContext context, Year year, Year? previous, Year? next)
    {
        var url = Urls.EventYear(year.Number);
        var view = new EventYearView(
            context.SiteView,
            context.Meta($"Events in {year.Label}", $"The {year.EventCount} events recorded in {year.Label}, month by month.", url) with { Modified = year.Modified },
            context.Nav(url),
            year.Label,
            Count(year.EventCount),
            year.Months.Select(m => m.Link).ToList(),
            previous?.Link,
            next?.Link,
            Urls.Events);
        return context.Page("event-year", url, view);
    }

    private static OutputFile MonthPage(RenderContext context, Month month, ListPage<EventRecord> page, Month? previous, Month? next)
    {
        var year = new Year(month.Year, [month]);
        var view = new EventMonthPageView(
            context.SiteView,
            context.ListMeta($"Events in {month.Label}", $"The {month.Events.Count} events recorded in {month.Label}, oldest first.", page) with { Modified = page.Items.Max(e => e.Date.FirstDay) },
            context.Nav(page.Url),
            month.Label,
            Count(month.Events.Count),
            new ArchiveLinkView(year.Label, Urls.EventYear(month.Year), year.Label, ""),
            page.Items.Select(EventViewFactory.Summary).ToList(),
            page.Pager,
            previous?.Link,
            next?.Link);
        return context.Page("event-month", page.Url, view);
    }

    private static string Count(int n) => Formatting.Count(n, "event", "events");
}
