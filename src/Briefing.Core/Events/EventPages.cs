using System.Globalization;
using Briefing.Core.Briefings;
using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>One page per event; the lists of events are the archive's (<see cref="EventArchivePages"/>).</summary>
public sealed class EventPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["event"];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        var events = context.Site.Events;
        if (events.Count == 0)
        {
            yield break;
        }
        for (var i = 0; i < events.Count; i++)
        {
            var index = i;
            // This build knows the event's place; a later patch finds it by slug (see RenderJob.Rerun).
            yield return new RenderJob(Urls.ToOutputPath(events[i].Url), context.ReadsToKeep(() => EventReads.Page(context.Site, events, index)), () => Page(context, index))
            {
                Rerun = RerunBySlug(events[i].Slug),
            };
        }
    }

    // Made apart from the loop so that the rerun's closure holds the slug alone: one sharing the loop's closure would
    // hold this build's context too, and the cache keeps reruns for as long as their pages read the same.
    private static Func<RenderContext, OutputFile> RerunBySlug(string slug) =>
        patched => Page(patched, patched.Site.Find<EventSet>()!.IndexOfSlug(slug));

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

    private static string? Count(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
