using Briefing.Core.Events;
using Briefing.Core.Output;
using Briefing.Core.Pages;
using Briefing.Core.Site;

namespace Briefing.Core.Tension;

/// <summary><c>/tension/</c> with its chart and table, and the same numbers as <c>index.csv</c> and <c>index.json</c>.</summary>
public sealed class TensionPages : IPageGenerator
{
    /// <summary>The slug of the standalone page that explains the method; linked when the site has it.</summary>
    public const string MethodologySlug = "methodology";

    public IEnumerable<string> Templates => ["tension"];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        if (context.Site.Find<TensionPart>()?.Tension is not { } tension)
        {
            yield break;
        }
        // The index and its revisions are a function of every event's front matter (any event may join the dyad).
        var events = EventReads.Heads(context.Site.Events);
        var methodology = Methodology(context.Site)?.Url ?? "none";
        yield return RenderJob.At(Urls.Tension, [methodology, .. events], () => context.Page("tension", Urls.Tension, View(context, tension)));
        yield return RenderJob.At(Urls.TensionCsv, events, () => OutputFile.Text(Urls.ToOutputPath(Urls.TensionCsv), TensionDownloads.Csv(tension.Months)));
        yield return RenderJob.At(Urls.TensionJson, events, () => OutputFile.Text(Urls.ToOutputPath(Urls.TensionJson), TensionDownloads.Json(tension.Dyad, tension.Months, tension.Revisions)));
        yield return RenderJob.At(Urls.TensionRevisionsCsv, events, () => OutputFile.Text(Urls.ToOutputPath(Urls.TensionRevisionsCsv), RevisionDownloads.Csv(tension.Revisions)));
    }

    private static Pages.Page? Methodology(SiteModel site) =>
        site.Pages.FirstOrDefault(p => string.Equals(p.Slug, MethodologySlug, StringComparison.Ordinal));

    private static TensionPageView View(RenderContext context, SiteTension tension)
    {
        var methodology = Methodology(context.Site);
        var description = $"A monthly index of tension between {tension.Names.Between}, from 0 to 100, computed from the events this publication records.";
        return new TensionPageView(
            context.SiteView,
            context.Meta("Tension index", description, Urls.Tension),
            context.Nav(Urls.Tension),
            "Tension index",
            tension.Names.Pair,
            tension.Names.Between,
            TensionViewFactory.Current(tension.Months, tension.Names, Urls.Tension),
            TensionViewFactory.Chart(tension.Months, tension.Names),
            TensionTable.Rows(tension.Months),
            TensionTable.Years(tension.Months),
            Urls.TensionCsv,
            Urls.TensionJson,
            methodology?.Url,
            tension.Revisions.Select(TensionViewFactory.Revised).ToList(),
            Urls.TensionRevisionsCsv);
    }
}
