using Briefing.Core.Diagnostics;
using Briefing.Core.Markdown;
using Briefing.Core.Output;
using Briefing.Core.Templates;

namespace Briefing.Core.Links;

/// <summary>
/// The internal-link check: every <c>href</c> and <c>src</c> in the rendered pages that stays on the
/// site must name a rendered file, and every <c>#anchor</c> an id on that page. A broken link an author
/// wrote in Markdown is reported at the author's file, line and column; one a template made, at the template.
/// </summary>
public static class LinkChecker
{
    /// <summary>True for the files whose links are checked: the HTML pages.</summary>
    public static bool IsPage(OutputFile file) => file.Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>
    /// Checks every page's links against the site's files and ids. <paramref name="pageText"/> gives a
    /// page's HTML back, which is needed only for the pages with a problem, to place it in the source.
    /// </summary>
    /// <param name="files">Every file of the site.</param>
    /// <param name="pages">The links and ids of each HTML page.</param>
    /// <param name="pageText">A page's HTML, read back only for a page with a problem, to place it in the source.</param>
    /// <param name="bodies">Every Markdown body (made only when there is a problem to place).</param>
    /// <param name="templates">The theme's templates, to place a problem a template made.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="state">The last check's findings (kept by <c>serve</c>'s cache), so that only what may have changed is judged again;
    /// without one, nothing is kept (<see cref="LinkCheckOnce"/>).</param>
    /// <param name="changes">The paths added and removed since <paramref name="state"/> was last checked, when the caller knows them.</param>
    /// <param name="parallel">How many threads a check without <paramref name="state"/> may use (the build's <c>--jobs</c>).</param>
    public static void Check(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, PageLinks> pages, Func<string, string> pageText,
        Func<IReadOnlyList<MarkdownBody>> bodies, IReadOnlyList<TemplateSource> templates, DiagnosticBag diagnostics, LinkCheckState? state = null,
        (IReadOnlyCollection<string> Added, IReadOnlyCollection<string> Removed)? changes = null, ParallelOptions? parallel = null) =>
        Report(state switch
        {
            null => LinkCheckOnce.Check(Paths(files), pages, parallel),
            _ when changes is var (added, removed) => state.CheckFilesChanged(() => Paths(files), pages, added, removed),
            _ => state.Check(Paths(files), pages),
        }, files, pageText, bodies, templates, diagnostics);

    /// <summary>
    /// <see cref="Check"/> after a patch: only <paramref name="changed"/> pages were rendered anew, and the files made
    /// after every job (<paramref name="added"/>, <paramref name="removed"/>) may have new paths. See <see cref="LinkCheckState.CheckChanged"/>.
    /// </summary>
    public static void CheckChanged(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, PageLinks> pages, IReadOnlyCollection<string> changed,
        IReadOnlyCollection<string> added, IReadOnlyCollection<string> removed, Func<string, string> pageText,
        Func<IReadOnlyList<MarkdownBody>> bodies, IReadOnlyList<TemplateSource> templates, DiagnosticBag diagnostics, LinkCheckState state) =>
        Report(state.CheckChanged(() => Paths(files), pages, changed, added, removed), files, pageText, bodies, templates, diagnostics);

    private static HashSet<string> Paths(IReadOnlyList<OutputFile> files) => files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

    private static void Report(IReadOnlyList<LinkProblem> problems, IReadOnlyList<OutputFile> files, Func<string, string> pageText,
        Func<IReadOnlyList<MarkdownBody>> bodies, IReadOnlyList<TemplateSource> templates, DiagnosticBag diagnostics)
    {
        if (problems.Count == 0)
        {
            return;
        }
        var templateOf = files.Where(f => f.Template is not null).ToDictionary(f => f.Path, f => f.Template!, StringComparer.Ordinal);
        var placer = new LinkProblemPlacer(bodies(), templates);
        foreach (var problem in problems.OrderBy(p => p.PagePath, StringComparer.Ordinal))
        {
            diagnostics.AddRange(placer.Place(problem, pageText(problem.PagePath), templateOf.GetValueOrDefault(problem.PagePath)));
        }
    }
}
