using Briefing.Core.Briefings;
using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>The site's events, oldest first (month-precision dates before the days of their month), then by slug.</summary>
public sealed class EventSet(IReadOnlyList<EventRecord> items, BriefingSet briefings) : ISitePart
{
    public IReadOnlyList<EventRecord> Items { get; } = items;

    public static EventSet Build(ModelContext context)
    {
        var briefings = context.Find<BriefingSet>() ?? new BriefingSet([]);
        var events = new EventModelBuilder(context, CameoTable.Default, (context.Previous as EventSet)?.Items)
            .Build(context.SourcesOf<EventFile>().ToList(), briefings.Items);
        return new EventSet(events, briefings);
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
        return new BodyEdit(this, new EventSet(items, briefings), before.Document, document, Searched(items[index]));
    }

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
    public IEnumerable<DateOnly> Dates => Items.SelectMany(e =>
        e.Changes.Select(c => c.Date).Concat(e.Recorded is { } recorded ? [recorded] : []).Append(e.Date.FirstDay));

    public IEnumerable<MenuLink> Menu => Items.Count > 0 ? [new MenuLink("Events", Urls.Events, 20)] : [];

    public IEnumerable<Citation> Citations => Items.SelectMany(e => EventViewFactory.Citations(e, briefings));

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
