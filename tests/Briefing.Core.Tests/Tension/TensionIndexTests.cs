using System.Numerics;
using Briefing.Core.Tension;

namespace Briefing.Core.Tests.Tension;

/// <summary>
/// The index against values worked out by hand (in the comments) from the method:
/// N = Σ 2^k × Σg, D = Σ 2^k × count, S = N/(10·D), T = 50 − 5·S.
/// </summary>
public sealed class TensionIndexTests
{
    private static readonly Dyad AzeRus = new("AZE", "RUS");

    private static int _ids;

    private static TensionEvent Event(int year, int month, int g, string actor1 = "AZE", string actor2 = "RUS", int? day = null, string? id = null)
    {
        id ??= $"e{Interlocked.Increment(ref _ids):D4}";
        return new TensionEvent(new YearMonth(year, month), g, actor1, actor2, id, $"/events/{id}/", id, day);
    }

    private static void AssertRow(TensionMonth row, string month, long n, long d, string s, string t, TensionTrend trend, bool noNewEvents = false)
    {
        Assert.Equal(month, row.Month.ToString());
        Assert.Equal(new BigInteger(n), row.N);
        Assert.Equal(new BigInteger(d), row.D);
        Assert.Equal(s, row.S.ToString());
        Assert.Equal(t, row.T.ToString());
        Assert.Equal(trend, row.Trend);
        Assert.Equal(noNewEvents, row.NoNewEvents);
    }

    [Fact]
    public void Worked_example_from_the_issue_gives_its_scores_tensions_and_trends()
    {
        // Jan: N = −50, D = 1 → S = −5.0, T = 75.0. Feb: nothing new, carried over.
        // Mar (k = 2, weight 4): N = −50 + 4×(80 − 20) = 190, D = 1 + 4×2 = 9
        //   → S = 190/90 = 2.11… → 2.1; T = 50 − 5×2.11… = 39.44… → 39.4; T fell 35.6 → improved.
        var rows = TensionIndex.Compute([Event(2025, 1, -50), Event(2025, 3, 80), Event(2025, 3, -20)], AzeRus);

        Assert.Equal(3, rows.Count);
        AssertRow(rows[0], "2025-01", -50, 1, "-5.0", "75.0", TensionTrend.None);
        AssertRow(rows[1], "2025-02", -50, 1, "-5.0", "75.0", TensionTrend.Unchanged, noNewEvents: true);
        AssertRow(rows[2], "2025-03", 190, 9, "2.1", "39.4", TensionTrend.Improved);
    }

    [Fact]
    public void Exact_halves_round_away_from_zero_when_positive()
    {
        // g = 40 and 5: N = 45, D = 2 → S = 45/20 = 2.25 → 2.3; T = 50 − 11.25 = 38.75 → 38.8.
        // (Half to even would give 2.2.)
        var rows = TensionIndex.Compute([Event(2025, 5, 40), Event(2025, 5, 5)], AzeRus);

        AssertRow(Assert.Single(rows), "2025-05", 45, 2, "2.3", "38.8", TensionTrend.None);
    }

    [Fact]
    public void Exact_halves_round_away_from_zero_when_negative()
    {
        // g = −40 and −5: N = −45, D = 2 → S = −2.25 → −2.3; T = 50 + 11.25 = 61.25 → 61.3.
        // (Half to even would give −2.2 and 61.2.)
        var rows = TensionIndex.Compute([Event(2025, 5, -40), Event(2025, 5, -5)], AzeRus);

        AssertRow(Assert.Single(rows), "2025-05", -45, 2, "-2.3", "61.3", TensionTrend.None);
    }

    [Fact]
    public void Halves_that_binary_floating_point_cannot_hold_still_round_up()
    {
        // g = 1 and 2: N = 3, D = 2 → S = 3/20 = 0.15 exactly → 0.2 (0.15 has no exact binary form);
        // T = 50 − 0.75 = 49.25 → 49.3.
        var rows = TensionIndex.Compute([Event(2025, 5, 1), Event(2025, 5, 2)], AzeRus);

        AssertRow(Assert.Single(rows), "2025-05", 3, 2, "0.2", "49.3", TensionTrend.None);
    }

    [Fact]
    public void Empty_months_carry_the_value_over_and_still_double_the_weight()
    {
        // Jan g = −30: N = −30, D = 1 → S = −3.0, T = 65.0. Feb, Mar: carried over.
        // Apr (k = 3, weight 8) g = 10: N = −30 + 80 = 50, D = 1 + 8 = 9 → S = 0.55… → 0.6; T = 47.22… → 47.2.
        var rows = TensionIndex.Compute([Event(2025, 4, 10), Event(2025, 1, -30)], AzeRus);

        Assert.Equal([0, 1, 2, 3], rows.Select(r => r.K));
        AssertRow(rows[0], "2025-01", -30, 1, "-3.0", "65.0", TensionTrend.None);
        AssertRow(rows[1], "2025-02", -30, 1, "-3.0", "65.0", TensionTrend.Unchanged, noNewEvents: true);
        AssertRow(rows[2], "2025-03", -30, 1, "-3.0", "65.0", TensionTrend.Unchanged, noNewEvents: true);
        AssertRow(rows[3], "2025-04", 50, 9, "0.6", "47.2", TensionTrend.Improved);
    }

    [Fact]
    public void Months_are_numbered_across_a_year_end()
    {
        // Dec 2024 g = −100 (k = 0); Jan 2025 g = 100 (k = 1, weight 2):
        // N = −100 + 200 = 100, D = 3 → S = 3.33… → 3.3; T = 50 − 16.66… = 33.33… → 33.3.
        var rows = TensionIndex.Compute([Event(2024, 12, -100), Event(2025, 1, 100)], AzeRus);

        AssertRow(rows[0], "2024-12", -100, 1, "-10.0", "100.0", TensionTrend.None);
        AssertRow(rows[1], "2025-01", 100, 3, "3.3", "33.3", TensionTrend.Improved);
    }

    [Fact]
    public void Month_precision_and_day_precision_events_count_in_the_same_month()
    {
        // Both in Jan: N = −50 − 10 = −60, D = 2 → S = −3.0, T = 65.0.
        var dated = Event(2025, 1, -10, day: 31, id: "a-dated");
        var monthOnly = Event(2025, 1, -50, day: null, id: "z-month-only");

        var row = Assert.Single(TensionIndex.Compute([dated, monthOnly], AzeRus));

        AssertRow(row, "2025-01", -60, 2, "-3.0", "65.0", TensionTrend.None);
        Assert.Equal([monthOnly, dated], row.Events);
    }

    [Fact]
    public void Events_outside_the_dyad_are_not_counted_and_do_not_start_the_series()
    {
        // Only the two AZE–RUS events count, in either direction: N = −50 + 30 = −20, D = 2 → S = −1.0, T = 55.0.
        var events = new[]
        {
            Event(2024, 12, -100, "AZE", "ARM"),
            Event(2025, 1, -50, "RUS", "AZE"),
            Event(2025, 1, 30, "AZE", "RUS"),
            Event(2025, 1, -100, "RUS", "UKR"),
            Event(2025, 1, -100, "AZE", "AZE"),
            Event(2025, 2, -100, "TUR", "AZE"),
        };

        var row = Assert.Single(TensionIndex.Compute(events, AzeRus));

        AssertRow(row, "2025-01", -20, 2, "-1.0", "55.0", TensionTrend.None);
        Assert.Equal(2, row.Events.Count);
    }

    [Fact]
    public void A_single_event_history_has_one_month_with_no_trend()
    {
        // g = −95: N = −95, D = 1 → S = −9.5, T = 50 + 47.5 = 97.5.
        var row = Assert.Single(TensionIndex.Compute([Event(2024, 12, -95)], AzeRus));

        AssertRow(row, "2024-12", -95, 1, "-9.5", "97.5", TensionTrend.None);
        Assert.Equal(0, row.K);
    }

    [Fact]
    public void No_dyad_events_means_no_rows()
    {
        Assert.Empty(TensionIndex.Compute([Event(2025, 1, -50, "AZE", "ARM")], AzeRus));
        Assert.Empty(TensionIndex.Compute([], AzeRus));
    }

    [Fact]
    public void The_order_of_the_events_does_not_change_any_result()
    {
        var events = new[]
        {
            Event(2025, 1, -50, day: 3), Event(2025, 1, 35, day: 3), Event(2025, 3, -72, day: null),
            Event(2025, 3, 14, day: 9), Event(2025, 6, -100, day: 1), Event(2025, 6, 70, day: 30),
        };
        var expected = Describe(TensionIndex.Compute(events, AzeRus));

        Assert.Equal(expected, Describe(TensionIndex.Compute(events.Reverse(), AzeRus)));
        Assert.Equal(expected, Describe(TensionIndex.Compute(events.OrderBy(e => e.G), AzeRus)));
        Assert.Equal(expected, Describe(TensionIndex.Compute(events.OrderBy(e => e.Id.GetHashCode(StringComparison.Ordinal)), AzeRus)));
    }

    [Fact]
    public void Trend_compares_the_published_one_decimal_values()
    {
        // Jan g = −100, −25: N = −125, D = 2 → T = 50 + 31.25 = 81.25 → 81.3.
        // Feb g = −50, −50, −48 (weight 2): N = −125 − 296 = −421, D = 2 + 6 = 8 → S = −5.2625 → −5.3;
        //   T = 50 + 26.3125 = 76.3125 → 76.3. Exact change −4.9375, published change −5.0 → improved.
        var rows = TensionIndex.Compute(
            [Event(2025, 1, -100), Event(2025, 1, -25), Event(2025, 2, -50), Event(2025, 2, -50), Event(2025, 2, -48)], AzeRus);

        AssertRow(rows[1], "2025-02", -421, 8, "-5.3", "76.3", TensionTrend.Improved);
    }

    [Theory]
    [InlineData(700, 750, TensionTrend.Deteriorated)]
    [InlineData(700, 749, TensionTrend.Unchanged)]
    [InlineData(750, 700, TensionTrend.Improved)]
    [InlineData(750, 701, TensionTrend.Unchanged)]
    [InlineData(394, 394, TensionTrend.Unchanged)]
    public void Trend_threshold_is_five_points_either_way(int previousTenths, int currentTenths, TensionTrend expected) =>
        Assert.Equal(expected, TensionIndex.Trend(new OneDecimal(previousTenths), new OneDecimal(currentTenths)));

    [Fact]
    public void Through_extends_the_series_and_leaves_out_later_events()
    {
        // Jan g = −50 → T 75.0; Feb and Mar carried over; the April event is after 'through'.
        var rows = TensionIndex.Compute([Event(2025, 1, -50), Event(2025, 4, 100)], AzeRus, through: new YearMonth(2025, 3));

        Assert.Equal(["2025-01", "2025-02", "2025-03"], rows.Select(r => r.Month.ToString()));
        AssertRow(rows[2], "2025-03", -50, 1, "-5.0", "75.0", TensionTrend.Unchanged, noNewEvents: true);
    }

    private static string[] Describe(IEnumerable<TensionMonth> rows) =>
        rows.Select(r => $"{r.Month} {r.K} {r.N} {r.D} {r.S} {r.T} {r.Trend} {string.Join(",", r.Events.Select(e => e.Id))}").ToArray();
}
