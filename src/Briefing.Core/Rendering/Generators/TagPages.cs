using Briefing.Core.Rendering.Views;
using Briefing.Core.Text;

namespace Briefing.Core.Rendering.Generators;

/// <summary>One page per tag, listing the briefings and the events that carry it.</summary>
public sealed class TagPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["tag"];

    public IEnumerable<Func<OutputFile>> Jobs(RenderContext context)
    {
        var briefingTags = context.Site.Briefings
            .SelectMany(b => b.Latest.FrontMatter.Tags.Select(tag => (Tag: tag, Briefing: b)))
            .ToLookup(x => Slug.From(x.Tag), StringComparer.Ordinal);
        var eventTags = context.Site.Events
            .SelectMany(e => e.FrontMatter.Tags.Select(tag => (Tag: tag, Event: e)))
            .ToLookup(x => Slug.From(x.Tag), StringComparer.Ordinal);
        var slugs = briefingTags.Select(g => g.Key).Concat(eventTags.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var slug in slugs)
        {
            // The name shown is the first spelling met, briefings before events, so it is stable across builds.
            var name = briefingTags[slug].Select(x => x.Tag).Concat(eventTags[slug].Select(x => x.Tag)).First();
            var url = TagUrls.Tag(name);
            var briefings = briefingTags[slug].Select(x => x.Briefing).Distinct().Select(BriefingViewFactory.Summary).ToList();
            var events = eventTags[slug].Select(x => x.Event).Distinct().Select(EventViewFactory.Summary).ToList();
            yield return () => context.Page("tag", url, new TagPageView(
                context.SiteView,
                context.Meta($"Tagged “{name}”", Description(name, briefings.Count, events.Count), url),
                context.Nav(url),
                $"Tagged “{name}”",
                briefings,
                events));
        }
    }

    private static string Description(string name, int briefings, int events) =>
        (briefings, events) switch
        {
            (> 0, > 0) => $"Briefings and events tagged “{name}”.",
            (> 0, _) => $"Briefings tagged “{name}”.",
            _ => $"Events tagged “{name}”.",
        };
}
