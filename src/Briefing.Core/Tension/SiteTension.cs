using Briefing.Core.Events;
using Briefing.Core.Site;

namespace Briefing.Core.Tension;

/// <summary>
/// The index of a site: its configured dyad applied to its events. The adapter from the event model
/// to <see cref="TensionEvent"/> lives here so that <see cref="TensionIndex"/> knows nothing of front matter.
/// </summary>
/// <param name="Dyad">The two countries, in the order <c>site.yml</c> gives them.</param>
/// <param name="Names">The two countries' names, as readers see them.</param>
/// <param name="Months">The computed months; empty when no event joins the two countries.</param>
/// <param name="Revisions">The months whose published value has been revised since first published, with each revision.</param>
public sealed record SiteTension(Dyad Dyad, DyadNames Names, IReadOnlyList<TensionMonth> Months, IReadOnlyList<RevisedMonth> Revisions)
{
    /// <summary>
    /// The site's index, or null when <c>site.yml</c> has no <c>tension:</c> section. Each event is adapted by
    /// <paramref name="adapt"/> (by default <see cref="ToRecordedEvent"/>; <c>serve</c> hands back last build's adaptation of the very same record).
    /// </summary>
    public static SiteTension? For(SiteConfig config, IEnumerable<EventRecord> events, Func<EventRecord, RecordedEvent>? adapt = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Tension is not { Dyad: [var first, var second] })
        {
            return null;
        }
        var dyad = new Dyad(first, second);
        var record = events.Select(adapt ?? ToRecordedEvent).ToList();
        var months = TensionIndex.Compute(record.Select(e => e.Current), dyad);
        return new SiteTension(dyad, new DyadNames(Countries.Name(first), Countries.Name(second)), months, TensionRevisions.Compute(record, dyad));
    }

    /// <summary>An event with its history: when it was recorded, and its facts before each of its changes.</summary>
    public static RecordedEvent ToRecordedEvent(EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var changes = record.Changes
            .Select((change, i) => new TensionChange(change.Date, change.Type.ToString().ToLowerInvariant(), change.Text, ToTensionEvent(record, record.FactsBeforeChanges[i])))
            .ToList();
        return new RecordedEvent(ToTensionEvent(record), record.Recorded, changes);
    }

    /// <summary>The facts the index uses from one event: month, g = 10 × effective Goldstein value, countries (roles dropped), link.</summary>
    public static TensionEvent ToTensionEvent(EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ToTensionEvent(record, record.Facts);
    }

    private static TensionEvent ToTensionEvent(EventRecord record, EventFacts facts) =>
        new(new YearMonth(facts.Date.Year, facts.Date.Month),
            TensionEvent.ToG(facts.Goldstein),
            facts.Actor1.Country,
            facts.Actor2.Country,
            record.Slug,
            record.Url,
            record.Title,
            facts.Date.Day);
}
