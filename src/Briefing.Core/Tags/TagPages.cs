using Briefing.Core.Briefings;
using Briefing.Core.Events;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Tags;

/// <summary>
/// One page per tag, listing the briefings and the events that carry it. A briefing counts when any of
/// its versions carries the tag: an older version keeps its URL and its tag links for good, so the page
/// each of them names must exist. The briefing is listed once, at its latest version, with a note when
/// only earlier versions carry the tag.
/// </summary>
public sealed class TagPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["tag"];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        // A site has few distinct tags on many documents: each spelling is slugged once per build.
        var slugOf = new Dictionary<string, string>(StringComparer.Ordinal);
        string SlugOf(string tag) => slugOf.TryGetValue(tag, out var slug) ? slug : slugOf[tag] = Slug.From(tag);
        // Latest versions first, so the spelling shown is the current one wherever a current version has the tag.
        var briefingTags = context.Site.Briefings
            .SelectMany(b => b.Latest.FrontMatter.Tags.Select(tag => (Tag: tag, Briefing: b, Version: b.Latest)))
            .Concat(context.Site.Briefings.SelectMany(b => b.Versions.Reverse().Skip(1)
                .SelectMany(v => v.FrontMatter.Tags.Select(tag => (Tag: tag, Briefing: b, Version: v)))))
            .ToLookup(x => SlugOf(x.Tag), StringComparer.Ordinal);
        var order = context.Site.Briefings.Select((b, i) => (b, i)).ToDictionary(x => x.b, x => x.i);
        // One summary per briefing, shared by all its tag pages: a summary carries the briefing's tags, so
        // making it afresh for each of a briefing's N tag pages cost N² (10,000 tags: 10⁸ tag views, gigabytes).
        var summaries = new Lazy<Dictionary<BriefingDocument, BriefingSummaryView>>(() => context.Site.Briefings.ToDictionary(b => b, BriefingViewFactory.Summary));
        var eventTags = context.Site.Events
            .SelectMany(e => e.FrontMatter.Tags.Select(tag => (Tag: tag, Event: e)))
            .ToLookup(x => SlugOf(x.Tag), StringComparer.Ordinal);
        var slugs = briefingTags.Select(g => g.Key).Concat(eventTags.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var slug in slugs)
        {
            // The name shown is the first spelling met, briefings before events, so it is stable across builds.
            var name = briefingTags[slug].Select(x => x.Tag).Concat(eventTags[slug].Select(x => x.Tag)).First();
            var url = Urls.Tag(name);
            var tagged = briefingTags[slug].GroupBy(x => x.Briefing).OrderBy(g => order[g.Key])
                .Select(g => new Entry(g.Key, g.Select(x => x.Version).ToList(), null));
            var taggedEvents = eventTags[slug].Select(x => x.Event).Distinct().Select(e => new Entry(null, [], e));
            // One list, briefings first, cut into pages: a page shows the part of each kind that falls on it.
            var entries = tagged.Concat(taggedEvents).ToList();
            var (briefingCount, eventCount) = (entries.Count(e => e.Briefing is not null), entries.Count(e => e.Event is not null));
            var count = Count(briefingCount, eventCount);
            foreach (var page in Paging.Split(entries, context.Site.Config.PageSize, url))
            {
                IReadOnlyList<object> reads = [name, page.Position, count, .. page.Items.SelectMany(Reads)];
                yield return RenderJob.At(page.Url, reads, () =>
                {
                    var briefings = page.Items.Where(e => e.Briefing is not null)
                        .Select(e => Summary(summaries.Value[e.Briefing!], e.Briefing!, e.Versions)).ToList();
                    var events = page.Items.Where(e => e.Event is not null).Select(e => EventViewFactory.Summary(e.Event!)).ToList();
                    var modified = page.Items.Max(e => e.Briefing?.Latest.Date ?? e.Event!.Date.FirstDay);
                    return context.Page("tag", page.Url, new TagPageView(
                        context.SiteView,
                        context.ListMeta($"Tagged “{name}”", Description(name, briefingCount, eventCount), page) with { Modified = modified, FeedUrl = Urls.FeedOf(url) },
                        context.Nav(page.Url),
                        $"Tagged “{name}”",
                        count,
                        briefings,
                        events,
                        page.Pager));
                });
            }
        }
    }

    /// <summary>A briefing, with the versions of it that carry the tag, or an event.</summary>
    private sealed record Entry(BriefingDocument? Briefing, IReadOnlyList<BriefingVersion> Versions, EventRecord? Event);

    private static IEnumerable<object> Reads(Entry entry) =>
        entry.Briefing is { } briefing ? BriefingReads.Heads(briefing) : [entry.Event!.Source.Head];

    private static string Count(int briefings, int events) =>
        (briefings, events) switch
        {
            (> 0, > 0) => $"{Formatting.Count(briefings, "briefing", "briefings")} and {Formatting.Count(events, "event", "events")}",
            (> 0, _) => Formatting.Count(briefings, "briefing", "briefings"),
            _ => Formatting.Count(events, "event", "events"),
        };

    // The briefing as lists show it; when its latest version no longer carries the tag, say which version last did.
    private static BriefingSummaryView Summary(BriefingSummaryView summary, BriefingDocument briefing, IReadOnlyList<BriefingVersion> tagged)
    {
        if (tagged.Contains(briefing.Latest))
        {
            return summary;
        }
        var last = tagged.MaxBy(v => v.Number)!;
        return summary with { EarlierTag = new EarlierTagView($"Version {last.Number}", last.Url) };
    }

    private static string Description(string name, int briefings, int events) =>
        (briefings, events) switch
        {
            (> 0, > 0) => $"Briefings and events tagged “{name}”.",
            (> 0, _) => $"Briefings tagged “{name}”.",
            _ => $"Events tagged “{name}”.",
        };
}
