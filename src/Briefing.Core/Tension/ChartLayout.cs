using System.Globalization;

namespace Briefing.Core.Tension;

/// <summary>The frame of a chart in SVG user units: its whole size and the margins around the plot.</summary>
public sealed record ChartFrame(int Width, int Height, int Left = 0, int Right = 0, int Top = 0, int Bottom = 0)
{
    public int PlotWidth => Width - Left - Right;

    public int PlotHeight => Height - Top - Bottom;
}

/// <summary>One plotted month: where it sits, and its value as printed.</summary>
public sealed record ChartPoint(string X, string Y, YearMonth Month, OneDecimal Value, bool Carried);

/// <summary>An axis mark: its position along the axis (x for months, y for values) and its label.</summary>
public sealed record ChartTick(string Position, string Label);

/// <summary>
/// A line chart laid out: the path through the points (<c>M x y L x y …</c>), the points for markers,
/// and the ticks for both axes. Coordinates are printed invariantly with at most two decimals.
/// </summary>
public sealed record ChartLayout(
    ChartFrame Frame,
    string Path,
    IReadOnlyList<ChartPoint> Points,
    IReadOnlyList<ChartTick> ValueTicks,
    IReadOnlyList<ChartTick> MonthTicks)
{
    /// <summary>A coordinate in SVG form: <c>40</c>, <c>12.5</c>, <c>-3.33</c>; never an exponent or a comma.</summary>
    public static string Coordinate(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
