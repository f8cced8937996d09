using System.Globalization;

namespace Briefing.Core.Site;

/// <summary>How dates and numbers read on the page; invariant so output never depends on the machine's culture.</summary>
public static class Formatting
{
    /// <summary>A Goldstein value with its sign and one decimal: "+3.5", "−10.0" (a true minus sign), "0.0".</summary>
    public static string Goldstein(decimal value)
    {
        // The scale's values in tenths (-10.0 to +10.0) are nearly every value a site shows, once per event on every list.
        var tenths = value * 10;
        return tenths == decimal.Truncate(tenths) && Math.Abs(tenths) <= 100 ? GoldsteinTenths[(int)tenths + 100] : GoldsteinText(value);
    }

    private static readonly string[] GoldsteinTenths = [.. Enumerable.Range(-100, 201).Select(t => GoldsteinText(t / 10m))];

    private static string GoldsteinText(decimal value)
    {
        var magnitude = Math.Abs(value).ToString("0.0", CultureInfo.InvariantCulture);
        return value > 0 ? "+" + magnitude : value < 0 ? "\u2212" + magnitude : magnitude;
    }

    /// <summary>"1 event", "1,234 events": a count with its noun, grouped in thousands.</summary>
    public static string Count(int n, string singular, string plural) =>
        n == 1 ? $"1 {singular}" : n.ToString("#,0", CultureInfo.InvariantCulture) + " " + plural;

    public static DateView Date(DateOnly date) =>
        new(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A UTC time: the day for people; for machines the day alone at midnight, else the full time with its Z.</summary>
    public static DateView Time(DateTime utc) =>
        new(utc.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            utc.TimeOfDay == TimeSpan.Zero
                ? utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
