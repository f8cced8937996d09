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
        // What each row reads, kept while the events and the briefings are the same objects, and otherwise brought up to date.
        var plan = context.RememberUpdated<DatasetPlan>($"{nameof(EventDatasetPages)} rows", RowsMadeOf(context.Site), last => DatasetPlan.Update(last, context.Site));
        var (events, reads) = (plan.Events, plan.Reads);
        var rows = new DatasetRows(context);
        var methodology = Methodology(context.Site)?.Url ?? "none";
        var codebook = context.Absolute(Urls.EventsCodebook);
        // A build that keeps nothing for a next one writes each file whole; one that does keeps each row's piece to copy.
        var streamed = !context.KeepsValuesBetweenBuilds;
        yield return RenderJob.At(Urls.EventsCsv, reads, () => streamed
            ? Streamed(Urls.EventsCsv, output => EventDatasetFiles.CsvStreamed(output, events.Length, i => rows[events[i].Index]))
            : File(Urls.EventsCsv, Pieces(context, Urls.EventsCsv).File(events, EventDatasetFiles.CsvLayout, e => EventDatasetFiles.CsvRecord(rows[e.Index]))));
        yield return RenderJob.At(Urls.EventsJson, reads, () => streamed
            ? Streamed(Urls.EventsJson, output => EventDatasetFiles.JsonStreamed(output, events.Length, i => rows[events[i].Index], codebook))
            : File(Urls.EventsJson, Pieces(context, Urls.EventsJson).File(events, EventDatasetFiles.JsonLayout(events.Length, codebook), e => EventDatasetFiles.JsonObject(rows[e.Index]))));
        yield return RenderJob.At(Urls.EventsSchema, [], () => OutputFile.Text(Urls.ToOutputPath(Urls.EventsSchema), EventDatasetSchema.Write()));
        yield return RenderJob.At(Urls.EventsCodebook, [methodology], () => Codebook(context));
    }

    // The rows follow from the events (the model keeps an unchanged file's record) and the briefings they cite.
    private static object[] RowsMadeOf(SiteModel site)
    {
        var events = site.Events;
        var reads = new object[1 + events.Count];
        reads[0] = BriefingsOf(site);
        for (var i = 0; i < events.Count; i++)
        {
            reads[1 + i] = events[i];
        }
        return reads;
    }

    private static object BriefingsOf(SiteModel site) => (object?)site.Find<BriefingSet>() ?? "no briefings";

    /// <summary>
    /// Each event as a row (what it reads, <see cref="EventReads.Row"/>), and all that the rows read, in order: what both
    /// files read. Made from last build's plan, the rows of the very same records are kept while the briefings they
    /// cite are the very same part; a row's reads are found afresh otherwise.
    /// </summary>
    private sealed class DatasetPlan
    {
        private readonly EventRecord[] _records;
        private readonly object _briefings;
        private readonly int[] _starts;

        private DatasetPlan(EventRecord[] records, object briefings, DatasetEvent[] events, object[] reads, int[] starts)
        {
            (_records, _briefings, Events, Reads, _starts) = (records, briefings, events, reads, starts);
        }

        public DatasetEvent[] Events { get; }

        public object[] Reads { get; }

        public static DatasetPlan Update(DatasetPlan? last, SiteModel site)
        {
            var records = site.Events.ToArray();
            var briefings = BriefingsOf(site);
            var matches = last is not null && ReferenceEquals(last._briefings, briefings) ? SameObjects.Match(last._records, records) : null;
            var events = new DatasetEvent[records.Length];
            var starts = new int[records.Length + 1];
            for (var i = 0; i < records.Length; i++)
            {
                var at = matches is null ? -1 : matches[i];
                // The event at the same place is kept as it is; one that moved takes its new place, and reads as it did.
                events[i] = at < 0 ? new DatasetEvent(i, records[i].Source.Head, EventReads.Row(site, records[i]))
                    : at == i ? last!.Events[i]
                    : last!.Events[at] with { Index = i };
                starts[i + 1] = starts[i] + (at < 0 ? events[i].Reads.Count : last!._starts[at + 1] - last._starts[at]);
            }
            return new DatasetPlan(records, briefings, events, Concatenated(last, matches, events, starts), starts);
        }

        // Every row's reads in a row: a kept row's copied from the last plan's, without going through its event.
        private static object[] Concatenated(DatasetPlan? last, int[]? matches, DatasetEvent[] events, int[] starts)
        {
            var reads = new object[starts[^1]];
            for (var i = 0; i < events.Length; i++)
            {
                var at = matches is null ? -1 : matches[i];
                if (at >= 0)
                {
                    Array.Copy(last!.Reads, last._starts[at], reads, starts[i], starts[i + 1] - starts[i]);
                    continue;
                }
                var own = events[i].Reads;
                for (var r = 0; r < own.Count; r++)
                {
                    reads[starts[i] + r] = own[r];
                }
            }
            return reads;
        }
    }

    private static OutputFile File(string url, byte[] content) => new(Urls.ToOutputPath(url), content);

    // Written by the writer straight into the file (see OutputFile.Streamed), or into an array when the build writes no files.
    private static OutputFile Streamed(string url, Action<Stream> write) => OutputFile.Streamed(Urls.ToOutputPath(url), write);

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
