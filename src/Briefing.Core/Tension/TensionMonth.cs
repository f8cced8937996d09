using System.Numerics;

namespace Briefing.Core.Tension;

/// <summary>
/// One month of the index. <see cref="N"/> and <see cref="D"/> are the exact running sums;
/// <see cref="S"/> = N / (10·D) and <see cref="T"/> = 50 − 5·S, each rounded from the exact fraction.
/// </summary>
/// <param name="Month">The calendar month.</param>
/// <param name="K">The month's number, counting from 0 at the first event's month; its weight is 2^K.</param>
/// <param name="Events">The dyad's events of this month, ordered by day (month-precision first), then id.</param>
/// <param name="SumG">The sum of g over this month's events (0 when there are none).</param>
/// <param name="N">Σ over months k ≤ K of 2^k × (sum of g in month k).</param>
/// <param name="D">Σ over months k ≤ K of 2^k × (number of events in month k).</param>
/// <param name="S">The relations score, −10.0 (most hostile) to +10.0 (most cooperative).</param>
/// <param name="T">The tension, 0.0 to 100.0 (most hostile).</param>
/// <param name="Trend">T against the previous month's T, both as published (rounded to one decimal).</param>
public sealed record TensionMonth(
    YearMonth Month,
    int K,
    IReadOnlyList<TensionEvent> Events,
    int SumG,
    BigInteger N,
    BigInteger D,
    OneDecimal S,
    OneDecimal T,
    TensionTrend Trend)
{
    /// <summary>No event this month: N, D, S and T carry over from the month before.</summary>
    public bool NoNewEvents => Events.Count == 0;
}
