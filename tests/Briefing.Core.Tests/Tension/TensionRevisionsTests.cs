using Briefing.Core.Tension;

namespace Briefing.Core.Tests.Tension;

/// <summary>
/// Vintages of the index and the revisions between them, against values worked out by hand from the method
/// (g = 10 × Goldstein; month k weighs 2^k; T = 50 − N / (2·D), rounded half away from zero).
/// </summary>
public sealed class TensionRevisionsTests
{
    private static readonly Dyad AzeRus = new("AZE", "RUS");

    private static readonly DateOnly April2 = new(2025, 4, 2);
    private static readonly DateOnly April8 = new(2025, 4, 8);
    private static readonly DateOnly April9 = new(2025, 4, 9);

    private static TensionEvent Facts(string id, int month, int g, int? day = null, string actor2 = "RUS") =>
        new(new YearMonth(2025, month), g, "AZE", actor2, id, $"/events/{id}/", $"Event {id}", day);

    /// <summary>
    /// The methodology page's worked example. Published on 2 April: A (January, g = −50), B (March, +80), and C
    /// (g = −20) dated 28 February. On 9 April C is corrected to 3 March, and E (March, −40) is recorded late.
    /// <code>
    /// 2 April        Jan  N = −50, D = 1                   T = 75.0
    ///                Feb  N = −50 + 2×(−20) = −90, D = 3   T = 50 + 90/6 = 65.0        improved
    ///                Mar  N = −90 + 4×80 = 230, D = 7      T = 50 − 230/14 = 33.57… → 33.6   improved
    /// 9 April, step 1 (correction to C, first by the order: changes before late events)
    ///                Feb  no events: N = −50, D = 1        T = 75.0 (was 65.0)        unchanged
    ///                Mar  N = −50 + 4×60 = 190, D = 9      T = 50 − 190/18 = 39.44… → 39.4 (was 33.6)
    /// 9 April, step 2 (E recorded late)
    ///                Mar  N = 190 + 4×(−40) = 30, D = 13   T = 50 − 30/26 = 48.84… → 48.8 (was 39.4)
    /// </code>
    /// </summary>
    private static IReadOnlyList<RecordedEvent> WorkedExample() =>
    [
        new(Facts("a", 1, -50, 10), April2),
        new(Facts("b", 3, 80, 20), April2),
        new(Facts("c", 3, -20, 3), April2, [new TensionChange(April9, "correction", "Redated from 28 February to 3 March.", Facts("c", 2, -20, 28))]),
        new(Facts("e", 3, -40), April9),
    ];

    [Fact]
    public void The_index_as_it_stood_on_a_day_counts_the_events_recorded_by_then_with_the_changes_made_by_then()
    {
        Assert.Empty(TensionVintages.AsOf(WorkedExample(), AzeRus, new DateOnly(2025, 4, 1)));
        Assert.Equal(["75.0", "65.0", "33.6"], TensionVintages.AsOf(WorkedExample(), AzeRus, April8).Select(m => m.T.ToString()));
        Assert.Equal(["75.0", "75.0", "48.8"], TensionVintages.AsOf(WorkedExample(), AzeRus, April9).Select(m => m.T.ToString()));
    }

    [Fact]
    public void Worked_example_a_correction_and_a_late_event_moving_the_same_month_are_two_revisions_in_the_stated_order()
    {
        var revised = TensionRevisions.Compute(WorkedExample(), AzeRus);

        Assert.Equal(
            [
                "2025-02 first 65.0 improved on 2025-04-02",
                "2025-03 first 33.6 improved on 2025-04-02",
            ],
            revised.Select(m => $"{m.Month} first {m.FirstPublished} {Word(m.FirstTrend)} on {m.FirstPublishedOn:yyyy-MM-dd}"));
        Assert.Equal(
            [
                "2025-02 2025-04-09 #1 65.0 improved -> 75.0 unchanged Change c correction",
                "2025-03 2025-04-09 #1 33.6 improved -> 39.4 improved Change c correction",
                "2025-03 2025-04-09 #2 39.4 improved -> 48.8 improved RecordedLate e",
            ],
            revised.SelectMany(m => m.Revisions).Select(Line));
    }

    [Fact]
    public void Same_day_steps_that_cancel_out_are_still_listed_one_by_one()
    {
        // Like June 2025: the only −20 of March moves to April by correction, and a late −20 comes into March the same day.
        // 2 April: Jan −50 (T 75.0); Mar +80, −20: N = −50 + 4×60 = 190, D = 9, T 39.4.
        // Step 1: March keeps +80 only: N = −50 + 320 = 270, D = 5, T = 50 − 27 = 23.0. (April is new: not a revision.)
        // Step 2: the late −20 restores March: 39.4 again.
        IReadOnlyList<RecordedEvent> events =
        [
            new(Facts("a", 1, -50), April2),
            new(Facts("b", 3, 80), April2),
            new(Facts("c", 4, -20, 1), April2, [new TensionChange(April9, "correction", "Redated to 1 April.", Facts("c", 3, -20, 31))]),
            new(Facts("d", 3, -20), April9),
        ];

        var revised = Assert.Single(TensionRevisions.Compute(events, AzeRus));

        Assert.Equal(["2025-03 2025-04-09 #1 39.4 improved -> 23.0 improved Change c correction", "2025-03 2025-04-09 #2 23.0 improved -> 39.4 improved RecordedLate d"],
            revised.Revisions.Select(Line));
        Assert.Equal("39.4", TensionVintages.AsOf(events, AzeRus, April9)[2].T.ToString());
    }

    [Fact]
    public void Changes_of_one_day_apply_by_event_id_whatever_order_the_events_come_in()
    {
        IReadOnlyList<RecordedEvent> events =
        [
            new(Facts("z", 1, -50), April2, [new TensionChange(April9, "correction", "z", Facts("z", 1, -100))]),
            new(Facts("m", 1, 10), April2, [new TensionChange(April9, "update", "m", Facts("m", 1, 50))]),
        ];

        // 2 April: N = −100 + 50 = −50, D = 2, T 62.5. Step 1 (m): −100 + 10 = −90 → 72.5. Step 2 (z): −50 + 10 = −40 → 60.0.
        var revisions = Assert.Single(TensionRevisions.Compute(events, AzeRus)).Revisions;

        Assert.Equal(["2025-01 2025-04-09 #1 62.5 none -> 72.5 none Change m update", "2025-01 2025-04-09 #2 72.5 none -> 60.0 none Change z correction"],
            revisions.Select(Line));
    }

    [Fact]
    public void Without_recorded_days_the_first_publication_is_every_event_before_its_changes()
    {
        IReadOnlyList<RecordedEvent> events =
        [
            new(Facts("a", 1, -50)),
            new(Facts("b", 1, 50), null, [new TensionChange(April9, "correction", "Value corrected.", Facts("b", 1, -50))]),
        ];

        // First: −50, −50 → T 75.0. After the correction: 0 → T 50.0.
        var month = Assert.Single(TensionRevisions.Compute(events, AzeRus));

        Assert.Null(month.FirstPublishedOn);
        Assert.Equal(["2025-01 2025-04-09 #1 75.0 none -> 50.0 none Change b correction"], month.Revisions.Select(Line));
    }

    [Fact]
    public void Changes_the_index_does_not_see_and_late_events_outside_the_dyad_revise_nothing()
    {
        IReadOnlyList<RecordedEvent> events =
        [
            new(Facts("a", 1, -50), April2, [new TensionChange(April9, "clarification", "Wording.", Facts("a", 1, -50))]),
            new(Facts("armenia", 1, 80, actor2: "ARM"), April9),
            new(Facts("later", 2, 30), April9),
        ];

        Assert.Empty(TensionRevisions.Compute(events, AzeRus));
    }

    [Fact]
    public void An_event_changed_on_the_day_it_is_recorded_enters_with_the_change_made()
    {
        // 2 April: −50 (75.0). 9 April: e enters as corrected (+50), once: (−50 + 50) → 50.0.
        IReadOnlyList<RecordedEvent> events =
        [
            new(Facts("a", 1, -50), April2),
            new(Facts("e", 1, 50), April9, [new TensionChange(April9, "correction", "Sign corrected.", Facts("e", 1, -50))]),
        ];

        Assert.Equal(["2025-01 2025-04-09 #1 75.0 none -> 50.0 none RecordedLate e"], Assert.Single(TensionRevisions.Compute(events, AzeRus)).Revisions.Select(Line));
    }

    [Fact]
    public void A_month_that_leaves_the_series_is_revised_to_no_value()
    {
        // The only January event is redated to February: the series now starts in February.
        IReadOnlyList<RecordedEvent> events =
        [
            new(Facts("a", 2, -50, 1), April2, [new TensionChange(April9, "correction", "Redated.", Facts("a", 1, -50, 31))]),
            new(Facts("b", 2, -50), April2),
        ];

        // 2 April: Jan −50 (75.0); Feb −50 (N = −150, D = 3, 75.0). 9 April: Feb (k = 0) −50, −50 → 75.0, unchanged.
        var revised = Assert.Single(TensionRevisions.Compute(events, AzeRus));

        Assert.Equal(["2025-01 2025-04-09 #1 75.0 none -> - - Change a correction"], revised.Revisions.Select(Line));
    }

    private static string Line(TensionRevision r) =>
        $"{r.Month} {r.Day:yyyy-MM-dd} #{r.Step} {r.Before} {Word(r.TrendBefore)} -> {r.After?.ToString() ?? "-"} {(r.TrendAfter is { } t ? Word(t) : "-")} {r.Cause} {r.Event.Id}{(r.ChangeType is null ? "" : " " + r.ChangeType)}";

    private static string Word(TensionTrend trend) => trend == TensionTrend.None ? "none" : TensionDownloads.TrendWord(trend);
}
