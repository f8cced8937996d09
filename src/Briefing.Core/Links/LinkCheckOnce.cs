using System.Collections.Concurrent;

namespace Briefing.Core.Links;

/// <summary>
/// The link check of a build that keeps nothing for a next one (<c>build</c>, <c>check</c>): the problems only, with
/// none of <see cref="LinkCheckState"/>'s bookkeeping (each page's targets, who links to what), which at 100,000
/// events was millions of strings and sets made to be thrown away. Finds exactly what a first
/// <see cref="LinkCheckState.Check"/> finds.
/// </summary>
public static class LinkCheckOnce
{
    /// <summary>Every problem of the site's links, each page's in the order of its links; pages in no particular order.</summary>
    public static IReadOnlyList<LinkProblem> Check(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageLinks> pages, ParallelOptions? parallel = null)
    {
        var rules = new LinkRules(files, path => pages.TryGetValue(path, out var page) ? page.Ids : null);
        var working = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var all = pages.ToArray().AsParallel();
        // At most the build's threads (--jobs): PLINQ would otherwise take every core.
        if (parallel is { MaxDegreeOfParallelism: > 0 and var threads })
        {
            all = all.WithDegreeOfParallelism(threads);
        }
        return all.SelectMany(page => Problems(rules, working, page.Key, page.Value)).ToList();
    }

    // A link to "/path/…" names the same target from every page, so once it is found to work, it works everywhere:
    // the layout's links, on every page, are judged once. Only a working verdict is kept; a problem names its page.
    private static List<LinkProblem> Problems(LinkRules rules, ConcurrentDictionary<string, bool> working, string path, PageLinks links)
    {
        var problems = new List<LinkProblem>();
        foreach (var link in links.Links)
        {
            var sameEverywhere = IsRootRelative(link.Url);
            if (sameEverywhere && working.ContainsKey(link.Url))
            {
                continue;
            }
            if (rules.Judge(path, link) is { } problem)
            {
                problems.Add(problem);
            }
            else if (sameEverywhere)
            {
                working.TryAdd(link.Url, true);
            }
        }
        return problems;
    }

    /// <summary>True for <c>/path</c>, which resolves alike on every page; false for <c>//host</c>, <c>#id</c> and relative links.</summary>
    internal static bool IsRootRelative(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);
}
