namespace Briefing.Core.Links;

/// <summary>
/// What the last link check found, kept by the build cache so that a rebuild judges only the links that can have
/// changed. A page's problems depend on its path, its own links, and, for each link's target, whether that file exists
/// and which ids it has; nothing else. So a page is judged again only when its links differ from last time, or when a
/// file it links to appeared or vanished or changed its set of ids. A page rendered anew with the same links and the
/// same ids (most pages after a one-file edit: only their text moved) costs a comparison, and the result equals a full check.
/// </summary>
public sealed class LinkCheckState
{
    private readonly Dictionary<string, Judged> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _linkedFrom = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _withProblems = new(StringComparer.Ordinal);
    private HashSet<string>? _files;

    // Below this many pages to judge, they are judged on the calling thread.
    private const int ParallelFrom = 64;

    /// <summary>How many pages had their links judged, since the state was made: what an incremental check saves.</summary>
    public int PagesJudged { get; private set; }

    /// <summary>Every problem of the site's links, judging again only what may have changed since the last call.</summary>
    public IReadOnlyList<LinkProblem> Check(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageLinks> pages)
    {
        var dirty = Dirty(files, pages);
        foreach (var gone in _pages.Keys.Where(path => !pages.ContainsKey(path)).ToList())
        {
            Forget(gone);
        }
        _files = new HashSet<string>(files, StringComparer.Ordinal);
        return JudgeAgain(dirty, pages);
    }

    /// <summary>
    /// What <see cref="Check"/> finds when the site has the same files as at the last call (a rebuild that changed
    /// pages but added and removed none): no file appeared or vanished, so only pages whose links or ids changed matter.
    /// Without a last check, it checks everything.
    /// </summary>
    public IReadOnlyList<LinkProblem> CheckSameFiles(Func<IReadOnlySet<string>> files, IReadOnlyDictionary<string, PageLinks> pages) =>
        CheckFilesChanged(files, pages, [], []);

    /// <summary>
    /// What <see cref="Check"/> finds, when the caller knows which files appeared (<paramref name="added"/>) and vanished
    /// (<paramref name="removed"/>) since the last call, as a whole rebuild does by comparing its paths with the last
    /// build's: every page is compared, but the site's files are not diffed again as sets. Without a last check, it checks everything.
    /// </summary>
    public IReadOnlyList<LinkProblem> CheckFilesChanged(Func<IReadOnlySet<string>> files, IReadOnlyDictionary<string, PageLinks> pages,
        IReadOnlyCollection<string> added, IReadOnlyCollection<string> removed)
    {
        if (_files is null)
        {
            return Check(files(), pages);
        }
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        var changedTargets = added.Concat(removed).ToList();
        foreach (var (path, links) in pages)
        {
            Compare(path, links, dirty, changedTargets);
        }
        foreach (var gone in removed)
        {
            Forget(gone);
        }
        _files.ExceptWith(removed);
        _files.UnionWith(added);
        AddLinkers(changedTargets, pages, dirty);
        return JudgeAgain(dirty, pages);
    }

    /// <summary>
    /// What <see cref="Check"/> finds, when the caller knows what changed since the last call: the pages in
    /// <paramref name="changedPages"/> were rendered anew (their paths are not new), <paramref name="added"/> files
    /// appeared and <paramref name="removed"/> ones vanished, and nothing else. It then looks at those alone rather
    /// than at every page of the site (a patched rebuild in <c>serve</c>). Without a last check, it checks everything.
    /// </summary>
    public IReadOnlyList<LinkProblem> CheckChanged(Func<IReadOnlySet<string>> files, IReadOnlyDictionary<string, PageLinks> pages,
        IReadOnlyCollection<string> changedPages, IReadOnlyCollection<string> added, IReadOnlyCollection<string> removed)
    {
        if (_files is null)
        {
            return Check(files(), pages);
        }
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        var changedTargets = added.Concat(removed).ToList();
        foreach (var path in changedPages)
        {
            Compare(path, pages[path], dirty, changedTargets);
        }
        foreach (var gone in removed)
        {
            Forget(gone);
        }
        _files.ExceptWith(removed);
        _files.UnionWith(added);
        AddLinkers(changedTargets, pages, dirty);
        return JudgeAgain(dirty, pages);
    }

    private List<LinkProblem> JudgeAgain(IReadOnlyCollection<string> dirty, IReadOnlyDictionary<string, PageLinks> pages)
    {
        var rules = new LinkRules(_files!, path => pages.TryGetValue(path, out var page) ? page.Ids : null);
        // A save in serve judges a page or two: starting parallel workers for them costs more than judging them.
        var judged = dirty.Count < ParallelFrom
            ? dirty.Select(path => (Path: path, Judged: Judge(rules, path, pages[path]))).ToList()
            : dirty.AsParallel().Select(path => (Path: path, Judged: Judge(rules, path, pages[path]))).ToList();
        PagesJudged += judged.Count;
        foreach (var (path, page) in judged)
        {
            Forget(path);
            _pages[path] = page;
            if (page.Problems.Count > 0)
            {
                _withProblems.Add(path);
            }
            foreach (var target in page.Targets)
            {
                (_linkedFrom.TryGetValue(target, out var from) ? from : _linkedFrom[target] = new(StringComparer.Ordinal)).Add(path);
            }
        }
        // In path order, the order the report sorts them in anyway; only pages with problems are visited, not every page.
        return [.. _withProblems.SelectMany(path => _pages[path].Problems)];
    }

    /// <summary>
    /// First time: every page. Then the pages new to the site or whose links changed, and the pages linking to a
    /// file that appeared or vanished or to a page whose ids changed. A page rendered again with equal links and ids
    /// keeps its judgement, which from now on refers to the new scan (so the old one can go).
    /// </summary>
    private List<string> Dirty(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageLinks> pages)
    {
        if (_files is null)
        {
            return pages.Keys.ToList();
        }
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        var changedTargets = files.Where(f => !_files.Contains(f)).Concat(_files.Where(f => !files.Contains(f))).ToList();
        foreach (var (path, links) in pages)
        {
            Compare(path, links, dirty, changedTargets);
        }
        AddLinkers(changedTargets, pages, dirty);
        return dirty.ToList();
    }

    // A page new to the site, or whose links changed, is judged again; one whose ids changed makes its linkers so.
    private void Compare(string path, PageLinks links, HashSet<string> dirty, List<string> changedTargets)
    {
        if (!_pages.TryGetValue(path, out var old))
        {
            dirty.Add(path);
            return;
        }
        if (ReferenceEquals(old.Links, links))
        {
            return;
        }
        if (!old.Links.Ids.SetEquals(links.Ids))
        {
            changedTargets.Add(path);
        }
        if (SameLinks(old.Links, links))
        {
            _pages[path] = old with { Links = links };
        }
        else
        {
            dirty.Add(path);
        }
    }

    private void AddLinkers(List<string> changedTargets, IReadOnlyDictionary<string, PageLinks> pages, HashSet<string> dirty)
    {
        foreach (var target in changedTargets)
        {
            if (_linkedFrom.TryGetValue(target, out var from))
            {
                dirty.UnionWith(from.Where(pages.ContainsKey));
            }
        }
    }

    private static bool SameLinks(PageLinks one, PageLinks other) => one.Links.SequenceEqual(other.Links);

    private static Judged Judge(LinkRules rules, string path, PageLinks links)
    {
        var problems = new List<LinkProblem>();
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in links.Links)
        {
            if (LinkTarget.Resolve(path, link.Url) is { } target)
            {
                targets.Add(target.OutputPath);
                // A folder link without its slash is judged by whether the folder's index exists.
                targets.Add(target.OutputPath.TrimEnd('/') + "/index.html");
            }
            if (rules.Judge(path, link) is { } problem)
            {
                problems.Add(problem);
            }
        }
        return new Judged(links, problems, targets);
    }

    private void Forget(string path)
    {
        if (!_pages.Remove(path, out var old))
        {
            return;
        }
        _withProblems.Remove(path);
        foreach (var target in old.Targets)
        {
            if (_linkedFrom.TryGetValue(target, out var from))
            {
                from.Remove(path);
            }
        }
    }

    private sealed record Judged(PageLinks Links, IReadOnlyList<LinkProblem> Problems, IReadOnlySet<string> Targets);
}
