using System.Globalization;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>One row of the events dataset, field for field the columns of <see cref="EventDatasetColumns.All"/>, in their order.</summary>
public sealed record EventRow(
    string Id,
    string Url,
    string Title,
    string Date,
    string DatePrecision,
    string? Recorded,
    string Location,
    string Actor1,
    string Actor1Country,
    string? Actor1Role,
    string Actor2,
    string Actor2Country,
    string? Actor2Role,
    string Cameo,
    string CameoLabel,
    int QuadClass,
    decimal Goldstein,
    string GoldsteinOrigin,
    decimal GoldsteinTable,
    string? GoldsteinReason,
    int? Fatalities,
    int? Injured,
    IReadOnlyList<string> Tags,
    IReadOnlyList<SourceRow> Sources,
    IReadOnlyList<ChangeRow> Changes,
    string Summary);

/// <summary>A source of an event: <see cref="Kind"/> <c>briefing</c> (with its slug, version and section) or <c>web</c>.</summary>
public sealed record SourceRow(string Kind, string Url, string Title, string? Briefing, int? Version, string? Section);

/// <summary>A change to an event, with the earlier values it replaced as (field, value) pairs in the order of the <c>was:</c> fields.</summary>
public sealed record ChangeRow(string Type, string Date, string Text, IReadOnlyList<(string Field, object Value)> Was);

/// <summary>Makes the dataset's rows from the site's events, one per event page, in the timeline's order.</summary>
public static class EventDatasetRows
{
    /// <param name="site">The site model, for the titles of cited briefing versions.</param>
    /// <param name="absolute">Makes a root-relative URL absolute, as the build's base URL does for every page.</param>
    public static IReadOnlyList<EventRow> From(SiteModel site, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Events.Select(e => Row(e, site, absolute)).ToList();
    }

    public static EventRow Row(EventRecord e, SiteModel site, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(absolute);
        var front = e.FrontMatter;
        return new EventRow(
            e.Slug,
            absolute(e.Url),
            e.Title,
            e.Date.ToString(),
            e.Date.IsMonthPrecision ? "month" : "day",
            e.Recorded?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            front.Location,
            e.Actor1.Code,
            e.Actor1.Country,
            e.Actor1.Role,
            e.Actor2.Code,
            e.Actor2.Country,
            e.Actor2.Role,
            e.Cameo,
            e.CameoEntry.Description,
            e.CameoEntry.QuadClass,
            e.Goldstein,
            e.IsGoldsteinOverridden ? "override" : "table",
            e.CameoEntry.Goldstein,
            front.GoldsteinReason,
            front.Fatalities,
            front.Injured,
            front.Tags,
            Sources(e, site, absolute),
            e.Changes.Select(Change).ToList(),
            front.Summary);
    }

    private static IReadOnlyList<SourceRow> Sources(EventRecord e, SiteModel site, Func<string, string> absolute) =>
        e.FrontMatter.Sources.Zip(EventViewFactory.Sources(e, site), (source, view) => source switch
        {
            BriefingCitation b => new SourceRow("briefing", absolute(view.Url), $"{view.Title} ({view.Detail})", b.Briefing, b.Version, b.Section),
            _ => new SourceRow("web", view.Url, view.Title, null, null, null),
        }).ToList();

    private static ChangeRow Change(EventChange change)
    {
        var was = new List<(string, object)>();
        if (change.Was is { } w)
        {
            Add(was, "date", w.Date?.ToString());
            Add(was, "cameo", w.Cameo);
            Add(was, "goldstein", w.Goldstein);
            Add(was, "actor1", w.Actor1?.Code);
            Add(was, "actor2", w.Actor2?.Code);
        }
        return new ChangeRow(change.Label.ToLowerInvariant(), change.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), change.Text, was);
    }

    private static void Add(List<(string, object)> was, string field, object? value)
    {
        if (value is not null)
        {
            was.Add((field, value));
        }
    }
}
