namespace Briefing.Core.Tension;

/// <summary>
/// The index as it stood on a given day: the events recorded by that day, each with the changes made by that
/// day in force (before a change's day, its earlier values count). Pure: the day is an argument, never the clock.
/// </summary>
public static class TensionVintages
{
    public static IReadOnlyList<TensionMonth> AsOf(IEnumerable<RecordedEvent> events, Dyad dyad, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(events);
        return TensionIndex.Compute(events.Where(e => e.IsRecordedBy(day)).Select(e => e.AsOf(day)), dyad);
    }

    /// <summary>
    /// The index as first published: on the earliest <c>recorded:</c> day, or, when no event gives one, with
    /// every event as it was before its first change. Null as the day in that second case.
    /// </summary>
    public static (DateOnly? Day, IReadOnlyList<TensionMonth> Months) FirstPublished(IReadOnlyList<RecordedEvent> events, Dyad dyad)
    {
        ArgumentNullException.ThrowIfNull(events);
        var first = FirstDay(events);
        return first is { } day
            ? (day, AsOf(events, dyad, day))
            : (null, TensionIndex.Compute(events.Select(e => e.FactsAfter(0)), dyad));
    }

    /// <summary>The earliest <c>recorded:</c> day: what was in the record then is the first publication, not a revision.</summary>
    public static DateOnly? FirstDay(IEnumerable<RecordedEvent> events) =>
        events.Select(e => e.Recorded).Where(d => d is not null).DefaultIfEmpty(null).Min();
}
