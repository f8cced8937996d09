using Briefing.Core.Site;

namespace Briefing.Core.Tension;

/// <summary>
/// The monthly table on <c>/tension/</c>. A short series lists every month with links to its events; a long one
/// (more than <see cref="FoldAfter"/> months) folds into one <c>&lt;details&gt;</c> per year, the latest open,
/// whose rows link each month's page of the events archive instead of naming every event. The CSV keeps it all.
/// </summary>
public static class TensionTable
{
    /// <summary>Three years of months: beyond that, a table naming every event outweighs the rest of the page.</summary>
    public const int FoldAfter = 36;

    public static bool Folds(IReadOnlyList<TensionMonth> months) => months.Count > FoldAfter;

    /// <summary>Every month as a row of its own, each naming its events: the table of a short series.</summary>
    public static IReadOnlyList<TensionRowView> Rows(IReadOnlyList<TensionMonth> months) =>
        Folds(months) ? [] : months.Select(TensionViewFactory.Row).ToList();

    /// <summary>The years of a long series, each with its months; empty for a short one.</summary>
    public static IReadOnlyList<TensionYearView> Years(IReadOnlyList<TensionMonth> months)
    {
        if (!Folds(months))
        {
            return [];
        }
        var years = months.GroupBy(m => m.Month.Year).ToList();
        return years.Select((year, i) => Year(year.Key, year.ToList(), open: i == years.Count - 1)).ToList();
    }

    private static TensionYearView Year(int year, IReadOnlyList<TensionMonth> months, bool open)
    {
        var label = year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var events = months.Sum(m => m.Events.Count);
        var (low, high, last) = (months.MinBy(m => m.T.Tenths)!, months.MaxBy(m => m.T.Tenths)!, months[^1]);
        var summary = $"{Formatting.Count(events, "event", "events")} · T from {low.T.ToDisplayString()} to {high.T.ToDisplayString()} · {last.T.ToDisplayString()} in {last.Month.ToDisplayString()}";
        var rows = months.Select(m => TensionViewFactory.Row(m) with
        {
            Events = [],
            EventCount = Formatting.Count(m.Events.Count, "event", "events"),
            ArchiveUrl = m.NoNewEvents ? null : Urls.EventMonth(m.Month.Year, m.Month.Month),
        }).ToList();
        return new TensionYearView(label, "tension-" + label, summary, open, rows);
    }
}
