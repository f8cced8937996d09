using System.Numerics;
using Briefing.Core.Tension;

namespace Briefing.Core.Tests.Tension;

/// <summary>Chart geometry against coordinates worked out by hand for a 100×50 frame with a plot of 80×40 at (10, 5).</summary>
public sealed class TensionChartTests
{
    private static readonly ChartFrame Frame = new(100, 50, Left: 10, Right: 10, Top: 5, Bottom: 5);

    private static TensionMonth Month(int year, int month, int tTenths, bool carried = false)
    {
        TensionEvent[] events = carried ? [] : [new TensionEvent(new YearMonth(year, month), 0, "AZE", "RUS", "e", "/e/", "e")];
        return new TensionMonth(new YearMonth(year, month), 0, events, 0, BigInteger.Zero, BigInteger.One, new OneDecimal(0), new OneDecimal(tTenths), TensionTrend.None);
    }

    [Fact]
    public void Path_runs_from_the_left_edge_to_the_right_on_a_fixed_scale()
    {
        // x = 10, 50, 90; y(75.0) = 5 + 25.0% × 40 = 15; y(39.4) = 5 + 60.6% × 40 = 29.24.
        var layout = TensionChart.Layout([Month(2025, 1, 750), Month(2025, 2, 750, carried: true), Month(2025, 3, 394)], Frame);

        Assert.Equal("M10 15 L50 15 L90 29.24", layout.Path);
        Assert.Equal([false, true, false], layout.Points.Select(p => p.Carried));
    }

    [Fact]
    public void A_single_month_sits_in_the_middle()
    {
        // x = 10 + 80/2 = 50; y(97.5) = 5 + 2.5% × 40 = 6.
        var layout = TensionChart.Layout([Month(2024, 12, 975)], Frame);

        Assert.Equal("M50 6", layout.Path);
        Assert.Equal(("50", "6"), (layout.Points[0].X, layout.Points[0].Y));
    }

    [Fact]
    public void Coordinates_are_rounded_to_two_decimals()
    {
        // Four months over 100 units: x = 0, 33.33…, 66.66…, 100; y(0) = 50, y(100) = 0, y(33.3) = 33.35.
        var layout = TensionChart.Layout(
            [Month(2025, 1, 0), Month(2025, 2, 1000), Month(2025, 3, 333), Month(2025, 4, 500)], new ChartFrame(100, 50));

        Assert.Equal("M0 50 L33.33 0 L66.67 33.35 L100 25", layout.Path);
    }

    [Fact]
    public void Value_ticks_mark_every_quarter_of_the_scale()
    {
        var layout = TensionChart.Layout([Month(2025, 1, 500)], Frame);

        Assert.Equal(
            [("45", "0"), ("35", "25"), ("25", "50"), ("15", "75"), ("5", "100")],
            layout.ValueTicks.Select(t => (t.Position, t.Label)));
    }

    [Fact]
    public void At_most_six_months_are_labelled()
    {
        // 13 months → every third: Jan, Apr, Jul, Oct 2025 and Jan 2026, at x = 0, 25, 50, 75, 100 over 100 units.
        var months = Enumerable.Range(0, 13).Select(i => Month(2025 + i / 12, i % 12 + 1, 500)).ToList();

        var layout = TensionChart.Layout(months, new ChartFrame(100, 50));

        Assert.Equal(
            [("0", "Jan 2025"), ("25", "Apr 2025"), ("50", "Jul 2025"), ("75", "Oct 2025"), ("100", "Jan 2026")],
            layout.MonthTicks.Select(t => (t.Position, t.Label)));
    }

    [Fact]
    public void No_months_lay_out_as_an_empty_chart()
    {
        var layout = TensionChart.Layout([], Frame);

        Assert.Equal("", layout.Path);
        Assert.Empty(layout.Points);
        Assert.Empty(layout.MonthTicks);
    }
}
