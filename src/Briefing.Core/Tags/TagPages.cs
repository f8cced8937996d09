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
        var plan = context.Remember(nameof(TagPages), context.ReadsToKeep(() => TagsOf(context.Site)), () => Plan(context.Site));
        // One summary per briefing, shared by all its tag pages: a summary carries the briefing's tags, so
        // making it afresh for each of a briefing's N tag pages cost N² (10,000 tags: 10⁸ tag views, gigabytes).
        var summaries = new Lazy<BriefingSummaryView[]>(() => context.Site.Briefings.Select(BriefingViewFactory.Summary).ToArray());
        foreach (var page in plan)
        {
            yield return RenderJob.At(page.List.Url, context.ReadsToKeep(() => Reads(context.Site, page)), () => Render(context, page, summaries.Value));
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
        var bySlug = new Dictionary<string, Tagged>(StringComparer.Ordinal);
        Tagged Of(string tag) => bySlug.TryGetValue(SlugOf(tag), out var tagged) ? tagged : bySlug[SlugOf(tag)] = new Tagged();
        // Latest versions first, so the spelling shown is the current one wherever a current version has the tag; then
        // each briefing's earlier versions, newest first; then the events, oldest first.
        for (var b = 0; b < briefings.Count; b++)
        {
            foreach (var tag in briefings[b].Latest.FrontMatter.Tags)
            {
                Of(tag).Briefings.Add((tag, b, briefings[b].Versions.Count - 1));
            }
        }
        for (var b = 0; b < briefings.Count; b++)
        {
            for (var v = briefings[b].Versions.Count - 2; v >= 0; v--)
            {
                foreach (var tag in briefings[b].Versions[v].FrontMatter.Tags)
                {
                    Of(tag).Briefings.Add((tag, b, v));
                }
            }
        }
        for (var e = 0; e < events.Count; e++)
        {
            foreach (var tag in events[e].FrontMatter.Tags)
            {
                Of(tag).Events.Add((tag, e));
            }
        }
        var slugs = bySlug.Keys.ToArray();
        Array.Sort(slugs, StringComparer.Ordinal);
        var pages = new List<TagPage>();
        foreach (var slug in slugs)
        {
            var tagged = bySlug[slug];
            // The name shown is the first spelling met, briefings before events, so it is stable across builds.
            var name = tagged.Briefings.Count > 0 ? tagged.Briefings[0].Tag : tagged.Events[0].Tag;
            var url = Urls.Tag(name);
            // One list, briefings first, cut into pages: a page shows the part of each kind that falls on it.
            var entries = tagged.Entries();
            var (briefingCount, eventCount) = (entries.Count(e => e.IsBriefing), entries.Count(e => !e.IsBriefing));
            pages.AddRange(Paging.Split(entries, site.Config.PageSize, url).Select(list => new TagPage(name, url, briefingCount, eventCount, list)));
        }
        return pages;
    }

    /// <summary>
    /// What carries one tag (by slug), in the order the plan meets it: each briefing's versions (the latest first) and
    /// the events. Gathered in loops: a date edit in serve reorders the events, and the plan is made again for all of them.
    /// </summary>
    private sealed class Tagged
    {
        public List<(string Tag, int Briefing, int Version)> Briefings { get; } = [];

        public List<(string Tag, int Event)> Events { get; } = [];

        /// <summary>Each briefing once (in briefing order, with every version met that carries the tag), then each event once.</summary>
        public List<Entry> Entries()
        {
            var versions = new SortedDictionary<int, List<int>>();
            foreach (var (_, briefing, version) in Briefings)
            {
                if (!versions.TryGetValue(briefing, out var list))
                {
                    versions[briefing] = list = [];
                }
                list.Add(version);
            }
            var entries = new List<Entry>(versions.Count + Events.Count);
            entries.AddRange(versions.Select(pair => new Entry(pair.Key, pair.Value, -1)));
            foreach (var (_, e) in Events)
            {
                // An event met twice (two spellings of one tag) is listed once; its tags are met together.
                if (entries.Count == 0 || entries[^1].Event != e)
                {
                    entries.Add(new Entry(-1, [], e));
                }
            }
            return entries;
        }
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
