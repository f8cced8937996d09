using System.Globalization;
using Briefing.Core.Rendering.Views;

namespace Briefing.Core.Rendering;

/// <summary>How dates and numbers read on the page; invariant so output never depends on the machine's culture.</summary>
public static class Formatting
{
    public static DateView Date(DateOnly date) =>
        new(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A UTC time: the day for people; for machines the day alone at midnight, else the full time with its Z.</summary>
    public static DateView Time(DateTime utc) =>
        new(utc.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            utc.TimeOfDay == TimeSpan.Zero
                ? utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
