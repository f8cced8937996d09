using Briefing.Core.Output;
using Briefing.Core.Site;
namespace Briefing.Core.Tension;

/// <summary>The <c>/tension/</c> page: the latest value, the chart, the monthly table and the downloads.</summary>
public sealed record TensionPageView(
    SiteView Site,
    PageMeta Meta,
    IReadOnlyList<NavItem> Nav,
    string Heading,
    string DyadPair,
    string DyadBetween,
    TensionCurrentView? Current,
    TensionChartView? Chart,
    IReadOnlyList<TensionRowView> Rows,
    IReadOnlyList<TensionYearView> Years,
    string CsvUrl,
    string JsonUrl,
    string? MethodologyUrl,
    IReadOnlyList<RevisedMonthView> Revisions,
    string RevisionsCsvUrl) : ILayoutView;

/// <summary>A revised month in the Revisions section: what it was first published at, and each step since.</summary>
public sealed record RevisedMonthView(string MonthText, string MonthIso, string Id, string FirstT, TrendView FirstTrend, DateView? FirstOn, IReadOnlyList<RevisionView> Steps);

/// <summary>
/// One step that moved a month's value: on <see cref="Day"/>, <see cref="Before"/> → <see cref="After"/>, and why:
/// <see cref="Cause"/> ("Correction to", "Recorded late:") before the event's link, and the change's note if any.
/// </summary>
public sealed record RevisionView(DateView Day, int Step, string Before, string After, TrendView? TrendAfter, string Cause, string EventTitle, string EventUrl, string? Note);

/// <summary>The latest month's value and trend, as the tension page and the home page show it.</summary>
public sealed record TensionCurrentView(string T, string S, string MonthText, string MonthIso, TrendView Trend, bool NoNewEvents, string Url, TensionChartView Sparkline);

/// <summary>A month's arrow, with the word that says the same thing for readers who cannot see it.</summary>
public sealed record TrendView(string Arrow, string Word, string Class);

/// <summary>
/// One line of the monthly table. In a table folded by year the row names no events: <see cref="ArchiveUrl"/> links
/// the month's page of the events archive, and <see cref="EventCount"/> says how many of the dyad's events it holds.
/// </summary>
public sealed record TensionRowView(string MonthText, string MonthIso, string T, string S, TrendView Trend, bool NoNewEvents, IReadOnlyList<TensionTensionEventLinkView> Events)
{
    public string? EventCount { get; init; }

    public string? ArchiveUrl { get; init; }
}

/// <summary>A year of a long series' table, folded in a <c>&lt;details&gt;</c>: <see cref="Summary"/> is what shows closed.</summary>
public sealed record TensionYearView(string Year, string Id, string Summary, bool Open, IReadOnlyList<TensionRowView> Months);

/// <summary>A link to an event page.</summary>
public sealed record TensionTensionEventLinkView(string Title, string Url);

/// <summary>
/// An inline SVG line chart, laid out at build time. <see cref="TitleId"/> and <see cref="DescId"/>
/// are the ids the <c>&lt;svg&gt;</c> names in <c>aria-labelledby</c>.
/// </summary>
public sealed record TensionChartView(
    string Width,
    string Height,
    string TitleId,
    string DescId,
    string Title,
    string Description,
    string Path,
    string PlotLeft,
    string PlotRight,
    string ValueLabelX,
    string MonthLabelY,
    IReadOnlyList<ChartPointView> Points,
    IReadOnlyList<ChartTickView> ValueTicks,
    IReadOnlyList<ChartTickView> MonthTicks,
    ChartPointView? Last);

/// <summary>A plotted month; <see cref="Class"/> marks months carried over from the one before.</summary>
public sealed record ChartPointView(string X, string Y, string Label, string Class);

/// <summary>An axis mark at <see cref="Position"/> with its label.</summary>
public sealed record ChartTickView(string Position, string Label);
