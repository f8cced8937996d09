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
        var rows = new Lazy<IReadOnlyList<EventRow>>(() => EventDatasetRows.From(context.Site, context.Absolute));
        // A row is made of the event's front matter only.
        var events = EventReads.Heads(context.Site.Events);
        var methodology = Methodology(context.Site)?.Url ?? "none";
        yield return RenderJob.At(Urls.EventsCsv, events, () => OutputFile.Text(Urls.ToOutputPath(Urls.EventsCsv), EventDatasetFiles.Csv(rows.Value)));
        yield return RenderJob.At(Urls.EventsJson, events, () => OutputFile.Text(Urls.ToOutputPath(Urls.EventsJson), EventDatasetFiles.Json(rows.Value, context.Absolute(Urls.EventsCodebook))));
        yield return RenderJob.At(Urls.EventsSchema, [], () => OutputFile.Text(Urls.ToOutputPath(Urls.EventsSchema), EventDatasetSchema.Write()));
        yield return RenderJob.At(Urls.EventsCodebook, [methodology], () => Codebook(context));
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
