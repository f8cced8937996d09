using Briefing.Core.Briefings;
using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>The site's events, oldest first (month-precision dates before the days of their month), then by slug.</summary>
public sealed class EventSet : ISitePart
{
    private readonly BriefingSet _briefings;

    // By record identity: what each event's citations resolve to against _briefings.
    private readonly Dictionary<EventRecord, CitedBriefings> _cited;

    // Each slug's place in Items, made when first asked for (a patch's rerun of an event page).
    private Dictionary<string, int>? _bySlug;

    /// <summary>
    /// The events, each with its citations resolved against <paramref name="briefings"/>. What <paramref name="previous"/>
    /// resolved for the very same record against the very same briefings is kept: it would be made the same again.
    /// </summary>
    public EventSet(IReadOnlyList<EventRecord> items, BriefingSet briefings, EventSet? previous = null)
    {
        Items = items;
        _briefings = briefings;
        _cited = Cite(items, briefings, previous is not null && ReferenceEquals(previous._briefings, briefings) ? previous._cited : null);
    }

    // A body edit's set: the citations are copied, the edited record taking its predecessor's (they come from the
    // front matter, which the edit left as it was). Resolving them again would hash all 10,000 records on each save.
    private EventSet(IReadOnlyList<EventRecord> items, BriefingSet briefings, Dictionary<EventRecord, CitedBriefings> cited, Dictionary<string, int>? bySlug)
    {
        Items = items;
        _briefings = briefings;
        _cited = cited;
        _bySlug = bySlug;
    }

    public IReadOnlyList<EventRecord> Items { get; }

    public static EventSet Build(ModelContext context)
    {
        var briefings = context.Find<BriefingSet>() ?? new BriefingSet([]);
        var previous = context.Previous as EventSet;
        // Citations checked against these very briefings last build hold again for the very same event files.
        var briefingsAsBefore = previous is not null && ReferenceEquals(previous._briefings, briefings);
        var events = new EventModelBuilder(context, CameoTable.Default, previous?.Items, briefingsAsBefore)
            .Build(context.SourcesOf<EventFile>().ToList(), briefings.Items);
        return new EventSet(events, briefings, previous);
    }

    /// <summary>What <paramref name="e"/>, one of <see cref="Items"/>, cites: the versions and the citing entries.</summary>
    public CitedBriefings Cited(EventRecord e) => _cited[e];

    private static Dictionary<EventRecord, CitedBriefings> Cite(IReadOnlyList<EventRecord> items, BriefingSet briefings, Dictionary<EventRecord, CitedBriefings>? kept)
    {
        var cited = new Dictionary<EventRecord, CitedBriefings>(items.Count, ReferenceEqualityComparer.Instance);
        foreach (var e in items)
        {
            cited[e] = kept is not null && kept.TryGetValue(e, out var same) ? same : CitedBriefings.Of(e, briefings);
        }
        return cited;
    }

    /// <summary>
    /// These events with one account rewritten (same file, same front matter): the record keeps everything made from
    /// the front matter and takes the new document and its rendered body. Null when the slug or front matter differ.
    /// </summary>
    internal BodyEdit? WithBody(EventFile before, EventFile after, ModelContext context)
    {
        var index = IndexOf(before.Document);
        if (index < 0 || before.Slug != after.Slug || !before.Document.Head.Equals(after.Document.Head))
        {
            return null;
        }
        var document = after.Document;
        var items = Items.ToArray();
        items[index] = items[index] with { Source = document, Content = context.Render(document) };
        var cited = new Dictionary<EventRecord, CitedBriefings>(_cited, ReferenceEqualityComparer.Instance);
        cited.Remove(Items[index]);
        cited[items[index]] = _cited[Items[index]];
        // Same slugs in the same order: the places of the slugs hold too.
        return new BodyEdit(this, new EventSet(items, _briefings, cited, _bySlug), before.Document, document, Searched(items[index]));
    }

    /// <summary>The place in <see cref="Items"/> of the event with <paramref name="slug"/> (slugs are distinct in a model that renders).</summary>
    public int IndexOfSlug(string slug) =>
        LazyInitializer.EnsureInitialized(ref _bySlug, () =>
        {
            var places = new Dictionary<string, int>(Items.Count, StringComparer.Ordinal);
            for (var i = 0; i < Items.Count; i++)
            {
                places.TryAdd(Items[i].Slug, i);
            }
            return places;
        })[slug];

    private int IndexOf(object document)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            if (ReferenceEquals(Items[i].Source, document))
            {
                return i;
            }
        }
        return -1;
    }

    public IEnumerable<object> Heads => Items.Select(e => (object)e.Source.Head);

    public IEnumerable<object> Documents => Items.Select(e => (object)e.Source);

    public IEnumerable<MarkdownBody> Bodies =>
        Items.Select(e => new MarkdownBody(e.Source.File.DisplayPath, e.Source.BodyFirstLine, e.Content));

    // The day each event happened, and the days the record changed: each entry into it, each correction.
    // Loops, not a query per event: every rebuild walks all of them for the site's newest date.
    public IEnumerable<DateOnly> Dates
    {
        get
        {
            foreach (var e in Items)
            {
                var changes = e.Changes;
                for (var i = 0; i < changes.Count; i++)
                {
                    yield return changes[i].Date;
                }
                if (e.Recorded is { } recorded)
                {
                    yield return recorded;
                }
                yield return e.Date.FirstDay;
            }
        }
    }

    /// <summary>The newest of <see cref="Dates"/>, in one loop over the records: every rebuild after a front-matter edit asks.</summary>
    public DateOnly? NewestDate
    {
        get
        {
            DateOnly? newest = null;
            for (var i = 0; i < Items.Count; i++)
            {
                var front = Items[i].FrontMatter;
                var latest = front.Date.FirstDay;
                if (front.Recorded is { } recorded && recorded > latest)
                {
                    latest = recorded;
                }
                var changes = front.Changes;
                for (var c = 0; c < changes.Count; c++)
                {
                    latest = changes[c].Date > latest ? changes[c].Date : latest;
                }
                newest = newest is { } known && known >= latest ? known : latest;
            }
            return newest;
        }
    }

    public IEnumerable<MenuLink> Menu => Items.Count > 0 ? [new MenuLink("Events", Urls.Events, 20)] : [];

    public IEnumerable<Citation> Citations
    {
        get
        {
            foreach (var e in Items)
            {
                foreach (var citation in _cited[e].Citations)
                {
                    yield return citation;
                }
            }
        }
    }

    // Each event, and each change made to one after publication.
    // By its record: the model keeps an unchanged file's, and the entries read nothing else.
    public IEnumerable<FeedSource> FeedSources(SiteConfig config, Func<string, string> absolute) =>
        Items.Select(e => new FeedSource(e, () => EventFeed.Entries(config, e, absolute)));

    // Newest first, as search lists events.
    public IEnumerable<SearchSource> SearchDocuments => Items.Reverse().Select(Searched);

    private static SearchSource Searched(EventRecord e) => new(e.Source, () => EventFeed.SearchDocument(e));
}

/// <summary>The events of a site, for code that reads <c>site.Events</c>.</summary>
public static class EventSiteExtensions
{
    extension(SiteModel site)
    {
        public IReadOnlyList<EventRecord> Events => site.Find<EventSet>()?.Items ?? [];
    }
}
