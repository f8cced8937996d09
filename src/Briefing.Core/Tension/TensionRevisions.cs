namespace Briefing.Core.Tension;

/// <summary>
/// Every revision of the published index, replayed from the record. The index as first published (see
/// <see cref="TensionVintages.FirstPublished"/>) is the starting point; then each later day's news is applied
/// one cause at a time, in a fixed order: first the day's changes to events already in the record, by event id
/// (changes to one event in the order written), then the events recorded that day, by id. Each step that moves
/// a month's T is a revision of that month, even when a later step of the same day moves it back: a correction
/// and a late event that cancel out are two revisions, not none. A month is published from the end of the day it
/// first appears in the series, so the steps of that day do not revise it. Pure: no clock, no files.
/// </summary>
public static class TensionRevisions
{
    public static IReadOnlyList<RevisedMonth> Compute(IReadOnlyList<RecordedEvent> events, Dyad dyad)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(dyad);
        if (!HasHistory(events))
        {
            // Nothing was recorded late and nothing changed: the index as first published is the index, never revised.
            // Said here rather than found by replaying, which computed the whole index a second time on every build.
            return [];
        }
        var firstDay = TensionVintages.FirstDay(events);
        var (_, firstMonths) = TensionVintages.FirstPublished(events, dyad);
        var replay = new Replay(events, dyad, firstDay, firstMonths);
        foreach (var day in LaterDays(events, firstDay))
        {
            replay.Day(day);
        }
        return replay.Result();
    }

    private static bool HasHistory(IReadOnlyList<RecordedEvent> events)
    {
        foreach (var e in events)
        {
            if (e.Recorded is not null || e.Changes.Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    // Every day after the first publication on which an event entered the record or was changed.
    private static IEnumerable<DateOnly> LaterDays(IReadOnlyList<RecordedEvent> events, DateOnly? firstDay) =>
        events.SelectMany(e => e.Changes.Select(c => c.Date).Concat(e.Recorded is { } r ? [r] : []))
            .Where(d => firstDay is null || d > firstDay)
            .Distinct()
            .Order();

    /// <summary>The record as it stands after each step: which events are in it, and how many changes each has had.</summary>
    private sealed class Replay
    {
        private readonly IReadOnlyList<RecordedEvent> _events;
        private readonly Dyad _dyad;
        private readonly bool[] _inRecord;
        private readonly int[] _applied;
        private readonly Dictionary<YearMonth, (TensionMonth Month, DateOnly? Day)> _first = [];
        private readonly List<TensionRevision> _revisions = [];
        private IReadOnlyList<TensionMonth> _months;

        public Replay(IReadOnlyList<RecordedEvent> events, Dyad dyad, DateOnly? firstDay, IReadOnlyList<TensionMonth> firstMonths)
        {
            _events = events;
            _dyad = dyad;
            _inRecord = events.Select(e => firstDay is null ? true : e.IsRecordedBy(firstDay.Value)).ToArray();
            _applied = events.Select(e => firstDay is null ? 0 : e.Changes.Count(c => c.Date <= firstDay.Value)).ToArray();
            _months = firstMonths;
            Remember(firstDay);
        }

        public void Day(DateOnly day)
        {
            var step = 0;
            var changes = Enumerable.Range(0, _events.Count)
                .SelectMany(i => _events[i].Changes.Select((change, n) => (Index: i, Number: n, Change: change)))
                .Where(x => x.Change.Date == day)
                .OrderBy(x => _events[x.Index].Current.Id, StringComparer.Ordinal)
                .ThenBy(x => x.Number);
            foreach (var (index, _, change) in changes)
            {
                var before = Facts(index);
                _applied[index]++;
                if (_inRecord[index] && !SameForTheIndex(before, Facts(index)))
                {
                    step += Apply(day, step + 1, RevisionCause.Change, index, change);
                }
            }
            var recorded = Enumerable.Range(0, _events.Count)
                .Where(i => _events[i].Recorded == day && !_inRecord[i])
                .OrderBy(i => _events[i].Current.Id, StringComparer.Ordinal);
            foreach (var index in recorded)
            {
                _inRecord[index] = true;
                var facts = Facts(index);
                if (_dyad.Joins(facts.Actor1Country, facts.Actor2Country))
                {
                    step += Apply(day, step + 1, RevisionCause.RecordedLate, index, null);
                }
            }
            Remember(day);
        }

        public IReadOnlyList<RevisedMonth> Result() =>
            _revisions
                .GroupBy(r => r.Month)
                .OrderBy(g => g.Key)
                .Select(g => new RevisedMonth(g.Key, _first[g.Key].Month.T, _first[g.Key].Month.Trend, _first[g.Key].Day,
                    g.OrderBy(r => r.Day).ThenBy(r => r.Step).ToList()))
                .ToList();

        private TensionEvent Facts(int index) => _events[index].FactsAfter(_applied[index]);

        // Recomputes the index and records a revision for every month whose T moved; 1 when any did, else 0.
        private int Apply(DateOnly day, int step, RevisionCause cause, int index, TensionChange? change)
        {
            var months = TensionIndex.Compute(Enumerable.Range(0, _events.Count).Where(i => _inRecord[i]).Select(Facts), _dyad);
            var after = months.ToDictionary(m => m.Month);
            var moved = 0;
            // A month that first appears today is published at the end of the day, so only earlier ones can be revised.
            foreach (var old in _months.Where(m => _first.ContainsKey(m.Month)))
            {
                var now = after.GetValueOrDefault(old.Month);
                if (now is null || now.T != old.T)
                {
                    _revisions.Add(new TensionRevision(old.Month, day, step, old.T, old.Trend, now?.T, now?.Trend, cause,
                        _events[index].Current, change?.Type, change?.Note));
                    moved = 1;
                }
            }
            _months = months;
            return moved;
        }

        private void Remember(DateOnly? day)
        {
            foreach (var month in _months)
            {
                _first.TryAdd(month.Month, (month, day));
            }
        }

        private static bool SameForTheIndex(TensionEvent a, TensionEvent b) =>
            a.Month == b.Month && a.G == b.G
            && string.Equals(a.Actor1Country, b.Actor1Country, StringComparison.Ordinal)
            && string.Equals(a.Actor2Country, b.Actor2Country, StringComparison.Ordinal);
    }
}
