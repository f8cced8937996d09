using Briefing.Core.Content;
using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>
/// One event in the site model: its front matter, its rendered account and its CAMEO entry, and what its
/// coding was before each of its changes (<see cref="FactsBeforeChanges"/>, one entry per change, oldest first).
/// </summary>
public sealed record EventRecord(string Slug, ContentDocument<EventFrontMatter> Source, RenderedMarkdown Content, CameoEntry CameoEntry, IReadOnlyList<EventFacts> FactsBeforeChanges)
{
    public EventFrontMatter FrontMatter => Source.FrontMatter;

    /// <summary>
    /// Made once: the event's page, its list entries, feed entry and search document all keep it, and one string per
    /// call was four copies per event. (Records are never given another slug with <c>with</c>; a new one is made.)
    /// </summary>
    public string Url { get; } = Urls.Event(Slug);

    public string Title => FrontMatter.Title;

    public EventDate Date => FrontMatter.Date;

    public Actor Actor1 => FrontMatter.Actor1;

    public Actor Actor2 => FrontMatter.Actor2;

    /// <summary>The CAMEO code as written, e.g. <c>"195"</c>.</summary>
    public string Cameo => FrontMatter.Cameo;

    /// <summary>The value the tension index uses: the override when the front matter gives one, else the CAMEO table's.</summary>
    public decimal Goldstein => FrontMatter.Goldstein ?? CameoEntry.Goldstein;

    /// <summary>True when <see cref="Goldstein"/> comes from the front matter rather than the CAMEO table.</summary>
    public bool IsGoldsteinOverridden => FrontMatter.Goldstein is not null;

    /// <summary>The day the event entered the published record, when the front matter says.</summary>
    public DateOnly? Recorded => FrontMatter.Recorded;

    /// <summary>Its corrections, updates and clarifications, oldest first.</summary>
    public IReadOnlyList<EventChange> Changes => FrontMatter.Changes;

    /// <summary>Its coding as it stands today.</summary>
    public EventFacts Facts => new(Date, Actor1, Actor2, CameoEntry, FrontMatter.Goldstein);

    /// <summary>The last day the event's page changed: its latest change, else the day it happened.</summary>
    public DateOnly Modified => Changes.Select(c => c.Date).Append(Date.FirstDay).Max();
}
