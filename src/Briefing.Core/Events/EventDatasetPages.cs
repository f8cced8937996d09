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

    public IEnumerable<Func<OutputFile>> Jobs(RenderContext context)
    {
        if (context.Site.Events.Count == 0)
        {
            yield break;
        }
        var rows = new Lazy<IReadOnlyList<EventRow>>(() => EventDatasetRows.From(context.Site, context.Absolute));
        yield return () => OutputFile.Text(Urls.ToOutputPath(Urls.EventsCsv), EventDatasetFiles.Csv(rows.Value));
        yield return () => OutputFile.Text(Urls.ToOutputPath(Urls.EventsJson), EventDatasetFiles.Json(rows.Value, context.Absolute(Urls.EventsCodebook)));
        yield return () => OutputFile.Text(Urls.ToOutputPath(Urls.EventsSchema), EventDatasetSchema.Write());
        yield return () => Codebook(context);
    }

    private static OutputFile Codebook(RenderContext context)
    {
        var methodology = context.Site.Pages.FirstOrDefault(p => string.Equals(p.Slug, "methodology", StringComparison.Ordinal));
        var markdown = EventCodebook.Markdown(Urls.EventsCsv, Urls.EventsJson, Urls.EventsSchema, methodology?.Url);
        return context.Page("page", Urls.EventsCodebook, new PageView(
            context.SiteView,
            context.Meta(EventCodebook.Title, EventCodebook.Summary, Urls.EventsCodebook),
            context.Nav(Urls.EventsCodebook),
            EventCodebook.Title,
            MarkdownRenderer.Shared.Render(markdown).Html,
            null,
            []));
    }
}
