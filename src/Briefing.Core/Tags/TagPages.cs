using Briefing.Core.Briefings;
using Briefing.Core.Events;
using Briefing.Core.Output;
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
        // Which pages, which briefings and events on each, follow from the documents' tags alone: worked out once, kept while they are unchanged.
        var plan = context.Remember(nameof(TagPages), TagsOf(context.Site), () => Plan(context.Site));
        // One summary per briefing, shared by all its tag pages: a summary carries the briefing's tags, so
        // making it afresh for each of a briefing's N tag pages cost N² (10,000 tags: 10⁸ tag views, gigabytes).
        var summaries = new Lazy<BriefingSummaryView[]>(() => context.Site.Briefings.Select(BriefingViewFactory.Summary).ToArray());
        foreach (var page in plan)
        {
            yield return RenderJob.At(page.List.Url, Reads(context.Site, page), () => Render(context, page, summaries.Value));
        }
    }

    /// <summary>One page of one tag's list: the tag as shown, the counts, and the entries on the page.</summary>
    private sealed record TagPage(string Name, string Url, int BriefingCount, int EventCount, ListPage<Entry> List)
    {
        public string Count => TagPages.Count(BriefingCount, EventCount);
    }

    /// <summary>
    /// A briefing (its index in the site's briefings, with the indexes of the versions that carry the tag) or an event
    /// (its index in the site's events). Indexes, not records: a plan outlives the model it was made from, and is
    /// kept only while the briefings' versions and every document's tags, in order, are what they were.
    /// </summary>
    private sealed record Entry(int Briefing, IReadOnlyList<int> Versions, int Event)
    {
        public bool IsBriefing => Briefing >= 0;
    }

    // What the plan is made of: the page size, and the tags of each version of each briefing and of each event, in order.
    // One item per document (its list of tags), not one per tag: a rebuild compares 11,000 lists, mostly the same objects.
    private static object[] TagsOf(SiteModel site)
    {
        var key = new List<object>(1 + (2 * site.Briefings.Count) + site.Events.Count) { site.Config.PageSize };
        foreach (var briefing in site.Briefings)
        {
            key.Add(briefing.Versions.Count);
            foreach (var version in briefing.Versions)
            {
                key.Add(new DocumentTags(version.FrontMatter.Tags));
            }
        }
        foreach (var e in site.Events)
        {
            key.Add(new DocumentTags(e.FrontMatter.Tags));
        }
        return [.. key];
    }

    /// <summary>One document's tags, equal to another's when they are the same list or hold the same tags in order.</summary>
    private sealed class DocumentTags(IReadOnlyList<string> tags) : IEquatable<DocumentTags>
    {
        private readonly IReadOnlyList<string> _tags = tags;

        public bool Equals(DocumentTags? other) => other is not null && (ReferenceEquals(_tags, other._tags) || _tags.SequenceEqual(other._tags, StringComparer.Ordinal));

        public override bool Equals(object? obj) => Equals(obj as DocumentTags);

        public override int GetHashCode() => _tags.Count;
    }

    // What a page shows beyond the tag and counts: the front matter of its briefings' versions and of its events.
    private static List<object> Reads(SiteModel site, TagPage page)
    {
        var size = 3;
        foreach (var entry in page.List.Items)
        {
            size += entry.IsBriefing ? site.Briefings[entry.Briefing].Versions.Count : 1;
        }
        var reads = new List<object>(size) { page.Name, page.List.Position, page.Count };
        foreach (var entry in page.List.Items)
        {
            if (entry.IsBriefing)
            {
                foreach (var version in site.Briefings[entry.Briefing].Versions)
                {
                    reads.Add(version.Source.Head);
                }
            }
            else
            {
                reads.Add(site.Events[entry.Event].Source.Head);
            }
        }
        return reads;
    }

    private static List<TagPage> Plan(SiteModel site)
    {
        // A site has few distinct tags on many documents: each spelling is slugged once per plan.
        var slugOf = new Dictionary<string, string>(StringComparer.Ordinal);
        string SlugOf(string tag) => slugOf.TryGetValue(tag, out var slug) ? slug : slugOf[tag] = Slug.From(tag);
        var (briefings, events) = (site.Briefings, site.Events);
        // Latest versions first, so the spelling shown is the current one wherever a current version has the tag.
        var briefingTags = Enumerable.Range(0, briefings.Count)
            .SelectMany(b => briefings[b].Latest.FrontMatter.Tags.Select(tag => (Tag: tag, Briefing: b, Version: briefings[b].Versions.Count - 1)))
            .Concat(Enumerable.Range(0, briefings.Count).SelectMany(b => Enumerable.Range(0, briefings[b].Versions.Count - 1).Reverse()
                .SelectMany(v => briefings[b].Versions[v].FrontMatter.Tags.Select(tag => (Tag: tag, Briefing: b, Version: v)))))
            .ToLookup(x => SlugOf(x.Tag), StringComparer.Ordinal);
        var eventTags = Enumerable.Range(0, events.Count)
            .SelectMany(e => events[e].FrontMatter.Tags.Select(tag => (Tag: tag, Event: e)))
            .ToLookup(x => SlugOf(x.Tag), StringComparer.Ordinal);
        var slugs = briefingTags.Select(g => g.Key).Concat(eventTags.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var pages = new List<TagPage>();
        foreach (var slug in slugs)
        {
            // The name shown is the first spelling met, briefings before events, so it is stable across builds.
            var name = briefingTags[slug].Select(x => x.Tag).Concat(eventTags[slug].Select(x => x.Tag)).First();
            var url = Urls.Tag(name);
            var tagged = briefingTags[slug].GroupBy(x => x.Briefing).OrderBy(g => g.Key)
                .Select(g => new Entry(g.Key, g.Select(x => x.Version).ToList(), -1));
            var taggedEvents = eventTags[slug].Select(x => x.Event).Distinct().Select(e => new Entry(-1, [], e));
            // One list, briefings first, cut into pages: a page shows the part of each kind that falls on it.
            var entries = tagged.Concat(taggedEvents).ToList();
            var (briefingCount, eventCount) = (entries.Count(e => e.IsBriefing), entries.Count(e => !e.IsBriefing));
            pages.AddRange(Paging.Split(entries, site.Config.PageSize, url).Select(list => new TagPage(name, url, briefingCount, eventCount, list)));
        }
        return pages;
    }

    private static OutputFile Render(RenderContext context, TagPage page, BriefingSummaryView[] summaries)
    {
        var (site, list) = (context.Site, page.List);
        var briefings = list.Items.Where(e => e.IsBriefing)
            .Select(e => Summary(summaries[e.Briefing], site.Briefings[e.Briefing], e.Versions.Select(v => site.Briefings[e.Briefing].Versions[v]).ToList()))
            .ToList();
        var events = list.Items.Where(e => !e.IsBriefing).Select(e => EventViewFactory.Summary(site.Events[e.Event])).ToList();
        var modified = list.Items.Max(e => e.IsBriefing ? site.Briefings[e.Briefing].Latest.Date : site.Events[e.Event].Date.FirstDay);
        return context.Page("tag", list.Url, new TagPageView(
            context.SiteView,
            context.ListMeta($"Tagged “{page.Name}”", Description(page.Name, page.BriefingCount, page.EventCount), list) with { Modified = modified, FeedUrl = Urls.FeedOf(page.Url) },
            context.Nav(list.Url),
            $"Tagged “{page.Name}”",
            page.Count,
            briefings,
            events,
            list.Pager));
    }

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
