using System.Runtime.CompilerServices;
using Briefing.Core.Events;
using Briefing.Core.Output;
using Briefing.Core.Pages;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// The search page at <c>/search/</c> and the index it reads in pieces (<see cref="SearchIndex"/>), written at
/// build time. The index is one render job like any page, running beside the others; being many files, it is
/// handed over once every job has finished (<see cref="After"/>).
/// </summary>
public sealed class SearchFiles : IAfterRenderGenerator
{
    private readonly ConditionalWeakTable<RenderContext, IReadOnlyList<OutputFile>> _built = [];

    public IEnumerable<string> Templates => ["search"];

    /// <summary>The lists that hold everything search finds, for readers without JavaScript.</summary>
    private static IReadOnlyList<NavItem> Browse(SiteModel site) =>
        site.Events.Count > 0
            ? [new NavItem("All briefings", Urls.Briefings, null), new NavItem("All events, month by month", Urls.Events, null)]
            : [new NavItem("All briefings", Urls.Briefings, null)];

    public IEnumerable<Func<OutputFile>> Jobs(RenderContext context)
    {
        yield return () =>
        {
            var files = Index(context);
            _built.AddOrUpdate(context, files);
            return files[0];
        };
        yield return () => context.Page("search", Urls.Search, new SearchView(
            context.SiteView,
            context.Meta("Search", $"Search the briefings, events and pages of {context.Site.Config.Title}.", Urls.Search),
            context.Nav(Urls.Search),
            Urls.SearchIndex,
            Browse(context.Site)));
    }

    /// <summary>The shards and chunks beside the manifest the job returned; made here if that job did not run.</summary>
    public IEnumerable<OutputFile> After(RenderContext context, IReadOnlyList<OutputFile> rendered)
    {
        var files = _built.TryGetValue(context, out var built) ? built : Index(context);
        _built.Remove(context);
        return files.Skip(1);
    }

    private static IReadOnlyList<OutputFile> Index(RenderContext context) => SearchIndex.Write(SearchDocuments.From(context.Site));
}
