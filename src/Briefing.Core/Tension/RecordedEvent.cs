namespace Briefing.Core.Tension;

/// <summary>
/// An event as the record has held it over time: what the index uses of it today, the day it entered the
/// record (null: it has always been there), and its changes, oldest first, each with what it replaced.
/// </summary>
/// <param name="Current">Its facts today.</param>
/// <param name="Recorded">The day it was first published, or null when unknown (then it is in every vintage).</param>
/// <param name="Changes">Its changes in date order (changes of one day in the order written).</param>
public sealed record RecordedEvent(TensionEvent Current, DateOnly? Recorded, IReadOnlyList<TensionChange> Changes)
{
    public RecordedEvent(TensionEvent current, DateOnly? recorded = null)
        : this(current, recorded, [])
    {
    }

    /// <summary>True when the event was in the record on <paramref name="day"/>.</summary>
    public bool IsRecordedBy(DateOnly day) => Recorded is null || Recorded <= day;

    /// <summary>Its facts as they stood on <paramref name="day"/>: changes dated that day or earlier are in force.</summary>
    public TensionEvent AsOf(DateOnly day) => FactsAfter(Changes.Count(c => c.Date <= day));

    /// <summary>Its facts once its first <paramref name="applied"/> changes are made (0: as first published).</summary>
    public TensionEvent FactsAfter(int applied) => applied < Changes.Count ? Changes[applied].Before : Current;
}

/// <summary>One change to a published event: its day, its type and note as readers see them, and the event's facts before it.</summary>
/// <param name="Date">The day the change was published.</param>
/// <param name="Type">Its kind in words: <c>correction</c>, <c>update</c> or <c>clarification</c>.</param>
/// <param name="Note">What changed and why, as the event's page says.</param>
/// <param name="Before">The event's facts before the change (the same as after, when it changed none the index uses).</param>
public sealed record TensionChange(DateOnly Date, string Type, string Note, TensionEvent Before);
