using System.Numerics;

namespace Briefing.Core.Tension;

/// <summary>
/// The monthly tension index of a dyad: an exponentially weighted mean of the Goldstein values of the
/// events between its two countries, each month weighing twice the month before (a one-month half-life).
/// A pure function: integer arithmetic only, so the order of the events cannot change any result.
/// </summary>
public static class TensionIndex
{
    /// <summary>A rise of T by this many tenths or more is "deteriorated", a fall by as much "improved".</summary>
    public const int TrendThresholdTenths = 50;

    /// <summary>
    /// One row per month from the month of the dyad's first event to the month of its last, or to
    /// <paramref name="through"/> when given (events after that month are then left out, as not yet
    /// known at the time). Events not between the dyad's two countries are ignored. No dyad events, no rows.
    /// </summary>
    public static IReadOnlyList<TensionMonth> Compute(IEnumerable<TensionEvent> events, Dyad dyad, YearMonth? through = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(dyad);
        var byMonth = events
            .Where(e => dyad.Joins(e.Actor1Country, e.Actor2Country))
            .Where(e => through is null || e.Month <= through.Value)
            .GroupBy(e => e.Month)
            .ToDictionary(g => g.Key, g => Ordered(g));
        if (byMonth.Count == 0)
        {
            return [];
        }
        var first = byMonth.Keys.Min();
        var last = through ?? byMonth.Keys.Max();
        var rows = new List<TensionMonth>(last.MonthsSince(first) + 1);
        var n = BigInteger.Zero;
        var d = BigInteger.Zero;
        TensionMonth? previous = null;
        for (var (month, k) = (first, 0); month <= last; month = month.Next(), k++)
        {
            var monthEvents = byMonth.GetValueOrDefault(month) ?? [];
            var sumG = monthEvents.Sum(e => e.G);
            var weight = BigInteger.Pow(2, k);
            n += weight * sumG;
            d += weight * monthEvents.Length;
            var t = Tension(n, d);
            previous = new TensionMonth(month, k, monthEvents, sumG, n, d, Score(n, d), t, Trend(previous?.T, t));
            rows.Add(previous);
        }
        return rows;
    }

    /// <summary>S = N / (10·D), to one decimal: in tenths that is N / D.</summary>
    public static OneDecimal Score(BigInteger n, BigInteger d) => OneDecimal.FromTenths(n, d);

    /// <summary>T = 50 − 5·S = 50 − N / (2·D), to one decimal: in tenths (500·D − 5·N) / D.</summary>
    public static OneDecimal Tension(BigInteger n, BigInteger d) => OneDecimal.FromTenths(500 * d - 5 * n, d);

    /// <summary>
    /// The trend compares the two published (rounded) values of T, so that anyone reading the table can
    /// check every arrow from the numbers shown next to it.
    /// </summary>
    public static TensionTrend Trend(OneDecimal? previous, OneDecimal current)
    {
        if (previous is null)
        {
            return TensionTrend.None;
        }
        var change = current.Tenths - previous.Value.Tenths;
        return change >= TrendThresholdTenths ? TensionTrend.Deteriorated
            : change <= -TrendThresholdTenths ? TensionTrend.Improved
            : TensionTrend.Unchanged;
    }

    private static TensionEvent[] Ordered(IEnumerable<TensionEvent> events) =>
        events
            .OrderBy(e => e.Day ?? 0)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Url, StringComparer.Ordinal)
            .ToArray();
}
