using Briefing.Core.Events;
using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// The search page at <c>/search/</c> and the index it reads in pieces (<see cref="SearchIndex"/>), written at
/// build time. The index is one render job like any page, running beside the others; being many files, it is
/// handed over once every job has finished (<see cref="After"/>).
/// </summary>
public sealed class SearchFiles : IAfterRenderGenerator
{
    public IEnumerable<string> Templates => ["search"];

    /// <summary>The lists that hold everything search finds, for readers without JavaScript.</summary>
    private static IReadOnlyList<NavItem> Browse(SiteModel site) =>
        site.Events.Count > 0
            ? [new NavItem("All briefings", Urls.Briefings, null), new NavItem("All events, month by month", Urls.Events, null)]
            : [new NavItem("All briefings", Urls.Briefings, null)];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        // The index is made while the pages render (it is the longest job); its other files follow after. A build that
        // keeps nothing for a next one tokenizes the documents now, while the jobs are listed, on every core: the index's
        // job, which runs first, then merges and encodes beside the pages. Tokenized in the job, the documents took both
        // cores until after the last page, and the merging after them ran with one core idle.
        var documents = Documents(context);
        var tokenized = context.KeepsValuesBetweenBuilds ? null : SearchIndexState.Tokenize(context.Site.SearchSources, context.Parallel);
        yield return RenderJob.At(Urls.SearchIndex, documents, context, patched => Index(patched, Documents(patched), tokenized)[0]);
        yield return RenderJob.At(Urls.Search, [context.Site.Events.Count > 0], () => context.Page("search", Urls.Search, new SearchView(
            context.SiteView,
            context.Meta("Search", $"Search the briefings, events and pages of {context.Site.Config.Title}.", Urls.Search),
            context.Nav(Urls.Search),
            Urls.SearchIndex,
            Browse(context.Site))));
    }

    /// <summary>The shards and chunks beside the manifest: the same index (made once per build, or kept from the last).</summary>
    public IEnumerable<RenderJob> After(RenderContext context, IReadOnlyList<OutputFile> rendered) =>
        Index(context, Documents(context)).Skip(1).Select(file => new RenderJob(file.Path, [file], () => file));

    // Every document of the site, whole: the index is made of their text.
    private static IReadOnlyList<object> Documents(RenderContext context) => context.Site.Documents;

    // Brought up to date from the last build's index, when there is one: see SearchIndexState. A build that keeps nothing
    // for a next one keeps only the files: the state (every document's terms, every term's posting) would otherwise be
    // held from the index's job, which starts first, to the files handed over after the last page.
    private static IReadOnlyList<OutputFile> Index(RenderContext context, IReadOnlyList<object> documents, TokenizedSources? tokenized = null) =>
        context.KeepsValuesBetweenBuilds
            ? context.RememberUpdated<SearchIndexState>("search-index", documents, last => SearchIndexState.Update(last, context.Site.SearchSources, context.Parallel)).Files
            : context.Remember("search-files", documents, () => (tokenized is not null && ReferenceEquals(tokenized.Sources, context.Site.SearchSources)
                ? SearchIndexState.Afresh(tokenized, context.Parallel)
                : SearchIndexState.Update(null, context.Site.SearchSources, context.Parallel)).Files);
}
