using Briefing.Core.Briefings;
using Briefing.Core.Content;
using Briefing.Core.Events;
using Briefing.Core.Pages;
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
            var tagged = briefingTags[slug].GroupBy(x => x.Briefing).OrderBy(g => order[g.Key]).ToList();
            var taggedEvents = eventTags[slug].Select(x => x.Event).Distinct().ToList();
            IReadOnlyList<object> reads = [name, .. tagged.SelectMany(g => BriefingReads.Heads(g.Key)), .. EventReads.Heads(taggedEvents)];
            yield return RenderJob.At(url, reads, () =>
            {
                var briefings = tagged.Select(g => Summary(summaries.Value[g.Key], g.Key, g.Select(x => x.Version).ToList())).ToList();
                var modified = tagged.Select(g => g.Key.Latest.Date).Concat(taggedEvents.Select(e => e.Date.FirstDay)).Max();
                var events = taggedEvents.Select(EventViewFactory.Summary).ToList();
                return context.Page("tag", url, new TagPageView(
                    context.SiteView,
                    context.Meta($"Tagged “{name}”", Description(name, briefings.Count, events.Count), url) with { Modified = modified, FeedUrl = Urls.FeedOf(url) },
                    context.Nav(url),
                    $"Tagged “{name}”",
                    briefings,
                    events));
            });
        }
    }

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
