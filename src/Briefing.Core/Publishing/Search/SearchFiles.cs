using Briefing.Core.Events;
using Briefing.Core.Output;
using Briefing.Core.Pages;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>The search page at <c>/search/</c> and the index it loads, <c>/search/index.json</c>, written at build time.</summary>
public sealed class SearchFiles : IPageGenerator
{
    public IEnumerable<string> Templates => ["search"];

    /// <summary>The lists that hold everything search finds, for readers without JavaScript.</summary>
    private static IReadOnlyList<NavItem> Browse(SiteModel site) =>
        site.Events.Count > 0
            ? [new NavItem("All briefings", Urls.Briefings, null), new NavItem("All events, month by month", Urls.Events, null)]
            : [new NavItem("All briefings", Urls.Briefings, null)];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        yield return RenderJob.At(Urls.SearchIndex, context.Site.Parts.SelectMany(p => p.Documents).ToArray(),
            () => new OutputFile(Urls.ToOutputPath(Urls.SearchIndex), SearchIndex.Write(SearchDocuments.From(context.Site))));
        yield return RenderJob.At(Urls.Search, [context.Site.Events.Count > 0], () => context.Page("search", Urls.Search, new SearchView(
            context.SiteView,
            context.Meta("Search", $"Search the briefings, events and pages of {context.Site.Config.Title}.", Urls.Search),
            context.Nav(Urls.Search),
            Urls.SearchIndex,
            Browse(context.Site))));
    }
}
