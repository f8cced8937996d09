using Briefing.Core.Briefings;
using Briefing.Core.Markdown;
using Briefing.Core.Output;
using Briefing.Core.Pages;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>
/// The event record as a dataset: <c>/events/events.csv</c>, <c>/events/events.json</c> and its JSON Schema, and
/// the codebook page <c>/events/codebook/</c>, rendered with the theme's ordinary page template.
/// </summary>
public sealed class EventDatasetPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["page"];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        if (context.Site.Events.Count == 0)
        {
            yield break;
        }
        // What each row reads, worked out once while no event's front matter and no briefing version changed.
        var (events, reads) = context.Remember($"{nameof(EventDatasetPages)} rows", RowsMadeOf(context.Site), () => Rows(context.Site));
        var rows = new DatasetRows(context);
        var methodology = Methodology(context.Site)?.Url ?? "none";
        yield return RenderJob.At(Urls.EventsCsv, reads, () => File(Urls.EventsCsv,
            Pieces(context, Urls.EventsCsv).File(events, EventDatasetFiles.CsvLayout, e => EventDatasetFiles.CsvRecord(rows[e.Index]))));
        yield return RenderJob.At(Urls.EventsJson, reads, () => File(Urls.EventsJson,
            Pieces(context, Urls.EventsJson).File(events, EventDatasetFiles.JsonLayout(events.Count, context.Absolute(Urls.EventsCodebook)), e => EventDatasetFiles.JsonObject(rows[e.Index]))));
        yield return RenderJob.At(Urls.EventsSchema, [], () => OutputFile.Text(Urls.ToOutputPath(Urls.EventsSchema), EventDatasetSchema.Write()));
        yield return RenderJob.At(Urls.EventsCodebook, [methodology], () => Codebook(context));
    }

    /// <summary>Each event as a row, and all that the rows read, in order: what both files read.</summary>
    private sealed record DatasetPlan(IReadOnlyList<DatasetEvent> Events, IReadOnlyList<object> Reads);

    private static DatasetPlan Rows(SiteModel site)
    {
        var events = site.Events.Select((e, i) => new DatasetEvent(i, e.Source.Head, EventReads.Row(site, e))).ToList();
        return new DatasetPlan(events, events.SelectMany(e => e.Reads).ToArray());
    }

    // The rows' reads follow from the events' front matter (what they cite) and the briefing versions there are.
    private static List<object> RowsMadeOf(SiteModel site)
    {
        var reads = new List<object>(site.Events.Count + (2 * site.Briefings.Count));
        reads.AddRange(EventReads.Heads(site.Events));
        foreach (var briefing in site.Briefings)
        {
            reads.AddRange(briefing.Versions.Select(v => v.Source));
        }
        return reads;
    }

    private static OutputFile File(string url, byte[] content) => new(Urls.ToOutputPath(url), content);

    // One file's pieces, kept between builds (with a build cache) for as long as the base URL the rows' addresses start with.
    // Without one they would only be held until the build ends (the whole file and a piece per event), for nothing.
    private static DatasetPieces Pieces(RenderContext context, string url) =>
        context.KeepsValuesBetweenBuilds ? context.Remember($"{nameof(EventDatasetPages)} {url}", [context.BaseUrl], () => new DatasetPieces()) : new DatasetPieces();

    /// <summary>The rows, each made when first asked for: both files share them, and a rebuild makes only those it encodes anew.</summary>
    private sealed class DatasetRows(RenderContext context)
    {
        private readonly EventRow?[] _rows = new EventRow?[context.Site.Events.Count];

        // Two threads may make the same row at once; both make the same value, and either may stay.
        public EventRow this[int index] => _rows[index] ??= EventDatasetRows.Row(context.Site.Events[index], context.Site, context.Absolute);
    }

    private static Page? Methodology(SiteModel site) =>
        site.Pages.FirstOrDefault(p => string.Equals(p.Slug, "methodology", StringComparison.Ordinal));

    private static OutputFile Codebook(RenderContext context)
    {
        var methodology = Methodology(context.Site);
        var markdown = EventCodebook.Markdown(Urls.EventsCsv, Urls.EventsJson, Urls.EventsSchema, methodology?.Url);
        return context.Page("page", Urls.EventsCodebook, new PageView(
            context.SiteView,
            context.Meta(EventCodebook.Title, EventCodebook.Summary, Urls.EventsCodebook),
            context.Nav(Urls.EventsCodebook),
            EventCodebook.Title,
            MarkdownRenderer.Shared.Render(markdown).Body,
            null,
            []));
    }
}
