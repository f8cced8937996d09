using System.Globalization;
using System.Text;

namespace Briefing.Core.Tension;

/// <summary>
/// Lays out the index as a line chart: a pure function from the monthly values to coordinates.
/// T always spans the whole scale, 0 at the bottom to 100 at the top, so charts of different
/// periods compare at a glance; months are spaced evenly from the left edge of the plot to the right.
/// </summary>
public static class TensionChart
{
    /// <summary>The values marked on the T axis; 50 is where cooperation and conflict balance.</summary>
    public static readonly IReadOnlyList<int> ValueTickTenths = [0, 250, 500, 750, 1000];

    /// <summary>At most this many months are labelled on the time axis.</summary>
    public const int MaxMonthLabels = 6;

    private const int ScaleTenths = 1000;

    public static ChartLayout Layout(IReadOnlyList<TensionMonth> months, ChartFrame frame)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(frame);
        var points = months
            .Select((m, i) => new ChartPoint(
                ChartLayout.Coordinate(X(i, months.Count, frame)),
                ChartLayout.Coordinate(Y(m.T.Tenths, frame)),
                m.Month,
                m.T,
                m.NoNewEvents))
            .ToList();
        var valueTicks = ValueTickTenths
            .Select(t => new ChartTick(ChartLayout.Coordinate(Y(t, frame)), (t / 10).ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var step = (months.Count + MaxMonthLabels - 1) / MaxMonthLabels;
        var monthTicks = months
            .Select((m, i) => (m, i))
            .Where(p => p.i % Math.Max(step, 1) == 0)
            .Select(p => new ChartTick(ChartLayout.Coordinate(X(p.i, months.Count, frame)), ShortLabel(p.m.Month)))
            .ToList();
        return new ChartLayout(frame, PathData(points), points, valueTicks, monthTicks);
    }

    /// <summary>Month <paramref name="index"/> of <paramref name="count"/>: the first at the plot's left edge, the last at its right; a lone month in the middle.</summary>
    public static decimal X(int index, int count, ChartFrame frame) =>
        count <= 1
            ? frame.Left + frame.PlotWidth / 2m
            : frame.Left + (decimal)index * frame.PlotWidth / (count - 1);

    /// <summary>T (in tenths) on a fixed 0–100 scale: 100 at the plot's top edge, 0 at its bottom.</summary>
    public static decimal Y(int tenths, ChartFrame frame) =>
        frame.Top + (decimal)(ScaleTenths - tenths) * frame.PlotHeight / ScaleTenths;

    private static string PathData(IReadOnlyList<ChartPoint> points)
    {
        var path = new StringBuilder();
        foreach (var point in points)
        {
            path.Append(path.Length == 0 ? "M" : " L").Append(point.X).Append(' ').Append(point.Y);
        }
        return path.ToString();
    }

    private static string ShortLabel(YearMonth month) =>
        month.ToDisplayString()[..3] + " " + month.Year.ToString(CultureInfo.InvariantCulture);
}
