using Briefing.Core.Site;

namespace Briefing.Core.Tension;

/// <summary>Turns the computed index into what the templates show: table rows, the chart, the latest value.</summary>
public static class TensionViewFactory
{
    /// <summary>The chart on <c>/tension/</c>: wide enough for six month labels, small enough to read at 390 px.</summary>
    public static readonly ChartFrame ChartFrame = new(480, 240, Left: 40, Right: 36, Top: 12, Bottom: 30);

    /// <summary>The sparkline beside the value on the home page.</summary>
    public static readonly ChartFrame SparklineFrame = new(160, 48, Left: 4, Right: 4, Top: 4, Bottom: 4);

    public static TrendView Trend(TensionTrend trend) => trend switch
    {
        TensionTrend.Deteriorated => new TrendView("\u2191", "deteriorated", "trend-up"),
        TensionTrend.Improved => new TrendView("\u2193", "improved", "trend-down"),
        TensionTrend.Unchanged => new TrendView("\u2192", "unchanged", "trend-flat"),
        _ => new TrendView("\u2014", "first month", "trend-none"),
    };

    public static TensionRowView Row(TensionMonth month) => new(
        month.Month.ToDisplayString(),
        month.Month.ToString(),
        month.T.ToDisplayString(),
        month.S.ToDisplayString(),
        Trend(month.Trend),
        month.NoNewEvents,
        month.Events.Select(e => new TensionTensionEventLinkView(e.Title, e.Url)).ToList());

    /// <summary>A revised month as the Revisions section lists it.</summary>
    public static RevisedMonthView Revised(RevisedMonth month) => new(
        month.Month.ToDisplayString(),
        month.Month.ToString(),
        "revisions-" + month.Month,
        month.FirstPublished.ToDisplayString(),
        Trend(month.FirstTrend),
        month.FirstPublishedOn is { } day ? Formatting.Date(day) : null,
        month.Revisions.Select(Revision).ToList());

    private static RevisionView Revision(TensionRevision r) => new(
        Formatting.Date(r.Day),
        r.Step,
        r.Before.ToDisplayString(),
        r.After?.ToDisplayString() ?? "no value",
        r.TrendAfter is { } trend ? Trend(trend) : null,
        r.Cause == RevisionCause.Change ? $"{Capitalised(r.ChangeType ?? "change")} to" : "Recorded late:",
        r.Event.Title,
        r.Cause == RevisionCause.Change ? r.Event.Url + "#changes" : r.Event.Url,
        r.Note);

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>The latest month, or null when the dyad has no events yet.</summary>
    public static TensionCurrentView? Current(IReadOnlyList<TensionMonth> months, DyadNames names, string url)
    {
        if (months.Count == 0)
        {
            return null;
        }
        var last = months[^1];
        return new TensionCurrentView(
            last.T.ToDisplayString(),
            last.S.ToDisplayString(),
            last.Month.ToDisplayString(),
            last.Month.ToString(),
            Trend(last.Trend),
            last.NoNewEvents,
            url,
            Sparkline(months, names)!);
    }

    /// <summary>The full chart with axes, or null when there is nothing to draw.</summary>
    public static TensionChartView? Chart(IReadOnlyList<TensionMonth> months, DyadNames names) =>
        months.Count == 0 ? null : ChartView(
            TensionChart.Layout(months, ChartFrame),
            "tension-chart",
            $"Tension index, {names.Pair}, by month",
            Describe(months, names) + " The table below lists every month.");

    public static TensionChartView? Sparkline(IReadOnlyList<TensionMonth> months, DyadNames names) =>
        months.Count == 0 ? null : ChartView(
            TensionChart.Layout(months, SparklineFrame),
            "tension-spark",
            $"Tension index, {names.Pair}: trend by month",
            Describe(months, names));

    /// <summary>What the chart shows, in words: the period, where it began, its extremes and where it ends.</summary>
    public static string Describe(IReadOnlyList<TensionMonth> months, DyadNames names)
    {
        var first = months[0];
        var last = months[^1];
        var highest = months.MaxBy(m => m.T.Tenths)!;
        var lowest = months.MinBy(m => m.T.Tenths)!;
        if (months.Count == 1)
        {
            return $"Tension between {names.Between} on a scale of 0 to 100 (100 most hostile): {last.T} in {last.Month.ToDisplayString()}, the only month so far.";
        }
        return $"Tension between {names.Between} on a scale of 0 to 100 (100 most hostile), monthly from {first.Month.ToDisplayString()} to {last.Month.ToDisplayString()}: "
            + $"it began at {first.T}, was highest at {highest.T} in {highest.Month.ToDisplayString()}, lowest at {lowest.T} in {lowest.Month.ToDisplayString()}, "
            + $"and stood at {last.T} in {last.Month.ToDisplayString()}.";
    }

    private static TensionChartView ChartView(ChartLayout layout, string id, string title, string description)
    {
        var frame = layout.Frame;
        var points = layout.Points
            .Select(p => new ChartPointView(p.X, p.Y, $"{p.Month.ToDisplayString()}: {p.Value}", p.Carried ? "point carried" : "point"))
            .ToList();
        return new TensionChartView(
            ChartLayout.Coordinate(frame.Width),
            ChartLayout.Coordinate(frame.Height),
            id + "-title",
            id + "-desc",
            title,
            description,
            layout.Path,
            ChartLayout.Coordinate(frame.Left),
            ChartLayout.Coordinate(frame.Width - frame.Right),
            ChartLayout.Coordinate(frame.Left - 6),
            ChartLayout.Coordinate(frame.Height - 8),
            points,
            layout.ValueTicks.Select(t => new ChartTickView(t.Position, t.Label)).ToList(),
            layout.MonthTicks.Select(t => new ChartTickView(t.Position, t.Label)).ToList(),
            points.Count == 0 ? null : points[^1]);
    }
}
