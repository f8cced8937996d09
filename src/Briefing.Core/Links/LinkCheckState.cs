namespace Briefing.Core.Links;

/// <summary>
/// What the last link check found, kept by the build cache so that a rebuild judges only the links that can have
/// changed: those on pages whose bytes are new, and those pointing at a file that appeared or vanished or at a page
/// whose ids may have changed. A page's problems depend on nothing else, so the result equals a full check.
/// </summary>
public sealed class LinkCheckState
{
    private readonly Dictionary<string, Judged> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _linkedFrom = new(StringComparer.Ordinal);
    private HashSet<string>? _files;

    /// <summary>Every problem of the site's links, judging again only what may have changed since the last call.</summary>
    public IReadOnlyList<LinkProblem> Check(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageLinks> pages)
    {
        var rules = new LinkRules(files, path => pages.TryGetValue(path, out var page) ? page.Ids : null);
        foreach (var gone in _pages.Keys.Where(path => !pages.ContainsKey(path)).ToList())
        {
            Forget(gone);
        }
        var dirty = Dirty(files, pages);
        var judged = dirty.AsParallel().Select(path => (Path: path, Judged: Judge(rules, path, pages[path]))).ToList();
        foreach (var (path, page) in judged)
        {
            Forget(path);
            _pages[path] = page;
            foreach (var target in page.Targets)
            {
                (_linkedFrom.TryGetValue(target, out var from) ? from : _linkedFrom[target] = new(StringComparer.Ordinal)).Add(path);
            }
        }
        _files = new HashSet<string>(files, StringComparer.Ordinal);
        return _pages.Values.SelectMany(p => p.Problems).ToList();
    }

    // First time: every page. Then the pages whose links are new, and the pages linking to anything that changed.
    private List<string> Dirty(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageLinks> pages)
    {
        if (_files is null)
        {
            return pages.Keys.ToList();
        }
        var changedPages = pages.Where(p => !_pages.TryGetValue(p.Key, out var old) || !ReferenceEquals(old.Links, p.Value)).Select(p => p.Key).ToList();
        var changedTargets = files.Where(f => !_files.Contains(f)).Concat(_files.Where(f => !files.Contains(f))).Concat(changedPages);
        var dirty = new HashSet<string>(changedPages, StringComparer.Ordinal);
        foreach (var target in changedTargets)
        {
            if (_linkedFrom.TryGetValue(target, out var from))
            {
                dirty.UnionWith(from.Where(pages.ContainsKey));
            }
        }
        return dirty.ToList();
    }

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
