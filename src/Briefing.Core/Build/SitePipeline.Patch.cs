using Briefing.Core.Content;
using Briefing.Core.Diagnostics;
using Briefing.Core.Links;
using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Build;

/// <summary>
/// The rebuild for the commonest save in <c>serve</c>: text edited in existing files, their front matter untouched.
/// Nothing a list, a count, the index or the feed shows can have changed then, so instead of loading, modelling
/// and enumerating every job again, the last build is patched: the edited files are parsed, their kinds replace the
/// documents in their parts (<see cref="IContentKind.PatchBody"/>), and only the jobs that read those documents run
/// again, against the patched model (<see cref="RenderJob.Rerun"/>). Anything else (a new or deleted file, changed
/// front matter, a diagnostic, a job that cannot run again) falls back to the whole rebuild, which gives the same bytes.
/// </summary>
public sealed partial class SitePipeline
{
    private BuildResult? TryPatch(IncrementalCache cache, BuildOptions options, PhaseTimer timer)
    {
        // A build with diagnostics is rebuilt whole: only that gives each message as a fresh build would.
        if (cache.Last is not { } last || last.Diagnostics.Count > 0 || !SameSite(last.Options, options) || cache.ChangedFiles(Path.GetFullPath(options.InputDirectory)) is not { } changed)
        {
            return null;
        }
        var loaded = timer.Time("load", () => Reload(cache, options, changed));
        if (loaded is null)
        {
            return null;
        }
        var patched = timer.Time("model", () => Patch(last, loaded, options));
        if (patched is null)
        {
            return null;
        }
        var context = new RenderContext(patched.Value.Site, last.Templates, last.BaseUrl) { Memo = cache };
        var jobs = cache.JobsReading(patched.Value.Replaced.Keys.Cast<IContentDocument>());
        if (jobs.Any(job => job.Rerun is null || !last.IndexOfPath.ContainsKey(job.Path)))
        {
            return null;
        }
        cache.ChangesPatched();
        var costs = new GeneratorCosts(_generators.Count);
        var (files, afterFiles) = timer.Time("render", () => RenderPatch(last, context, jobs, patched.Value.Replaced, costs));
        timer.AddParts(GeneratorTimings(costs));
        var before = last.Files.Skip(last.JobFiles).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var after = files.Skip(last.JobFiles).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var removed = before.Where(path => !after.Contains(path)).ToList();
        cache.ForgetPatched(removed, patched.Value.Replaced.Keys.Cast<IContentDocument>());
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(last.Diagnostics);
        var pages = jobs.Select(job => job.Path).Where(last.Pages.ContainsKey).ToList();
        timer.Time("links", () =>
        {
            LinkChecker.CheckChanged(files, last.Pages, pages, [.. after.Where(path => !before.Contains(path))], removed, PageText(files, null),
                () => context.Site.Parts.SelectMany(p => p.Bodies).ToList(), last.Templates.Sources, diagnostics, cache.Links);
            return true;
        });
        var sorted = diagnostics.Sorted();
        cache.Last = diagnostics.HasErrors ? null : last with { Site = context.Site, Files = files, AfterFiles = afterFiles, Diagnostics = sorted, IndexOfPath = last.IndexOfPath };
        return new BuildResult(sorted, diagnostics.HasErrors ? [] : files, context.Site, timer.Timings);
    }

    private static bool SameSite(BuildOptions last, BuildOptions now) =>
        last.InputDirectory == now.InputDirectory && last.ThemeDirectory == now.ThemeDirectory && last.DisplayRoot == now.DisplayRoot
        && last.BaseUrl == now.BaseUrl && last.MaxParallelism == now.MaxParallelism;

    /// <summary>The edited files parsed again, each with what the last build had from it; null unless each parsed cleanly as before.</summary>
    private List<(LoadedFile Before, LoadedFile After)>? Reload(IncrementalCache cache, BuildOptions options, IReadOnlyList<(string FullPath, string Relative, LoadedFile Before)> changed)
    {
        var loader = new ContentLoader(options.InputDirectory, options.DisplayRoot, _features.OfType<IContentKind>().ToList(), cache, options.Parallelism);
        var reloaded = new List<(LoadedFile, LoadedFile)>(changed.Count);
        foreach (var (_, relative, before) in changed)
        {
            var after = loader.Reload(relative);
            // A file with diagnostics, before or after, changes what the build reports: the whole rebuild says it right.
            if (after.Kind is null || after.Kind != before.Kind || after.Source is null || before.Source is null
                || after.Diagnostics.Count > 0 || before.Diagnostics.Count > 0)
            {
                return null;
            }
            reloaded.Add((before, after));
        }
        return reloaded;
    }

    /// <summary>The last model with each edited document replaced by its kind, and the documents replaced (old to new); null when a kind declines.</summary>
    private (SiteModel Site, IReadOnlyDictionary<object, object> Replaced)? Patch(BuiltSite last, List<(LoadedFile Before, LoadedFile After)> edits, BuildOptions options)
    {
        var site = last.Site;
        var replaced = new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        var sections = _features.SelectMany(f => f.Sections).ToHashSet(StringComparer.Ordinal);
        foreach (var (before, after) in edits)
        {
            var problems = new DiagnosticBag();
            var context = new ModelContext(site.Config, [], site.Parts, sections, _markdown, options.Parallelism, problems);
            if (before.Kind!.PatchBody(context, before.Source!, after.Source!) is not { } edit || problems.Count > 0)
            {
                return null;
            }
            site = site.With(edit);
            replaced[edit.DocumentBefore] = edit.DocumentAfter;
        }
        return (site, replaced);
    }

    /// <summary>
    /// The last build's files with the pages reading an edited document made again, and the files made after every job:
    /// remade, or kept when they depend only on pages' metadata and front matter and no page's metadata changed.
    /// </summary>
    private (List<OutputFile> Files, IReadOnlyList<IReadOnlyList<OutputFile>> After) RenderPatch(BuiltSite last, RenderContext context, List<RenderJob> jobs, IReadOnlyDictionary<object, object> replaced, GeneratorCosts costs)
    {
        var files = new List<OutputFile>(last.Files.Count);
        for (var i = 0; i < last.JobFiles; i++)
        {
            files.Add(last.Files[i]);
        }
        var scan = new LinkScan(new Text.SpanPool(capacity: 31), null);
        var samePages = true;
        foreach (var job in jobs)
        {
            // The new job captures the render function and the new context only: capturing the old job would chain every
            // patch's model to the next through the cache, and a session of saves would keep them all.
            var rerun = job.Rerun!;
            var again = job with { Reads = WithReplaced(job.Reads, replaced), Run = () => rerun(context) };
            var at = last.IndexOfPath[job.Path];
            var before = files[at];
            files[at] = Settle(Run(again, scan), last.Pages, null);
            samePages &= Equals(before.Meta, files[at].Meta);
        }
        var rendered = files.ToList();
        var after = new IReadOnlyList<OutputFile>[_generators.Count];
        // Timed per generator, as the whole build's render phase is: the files made after every job are what a patch still remakes.
        for (var g = 0; g < _generators.Count; g++)
        {
            after[g] = costs.Measure(g, () => _generators[g] switch
            {
                IAfterRenderGenerator { ReadsOnlyPagesAndHeads: true } when samePages => last.AfterFiles[g],
                IAfterRenderGenerator generator => [.. generator.After(context, rendered).Select(job => Settle(Run(job, scan), last.Pages, null))],
                _ => [],
            });
            files.AddRange(after[g]);
        }
        return (files, after);
    }

    // The reads with each replaced document swapped for its successor. Compared by reference against the few documents
    // replaced: hashing each of the search index's 10,000 reads would touch every one of those objects in memory.
    private static object[] WithReplaced(IReadOnlyList<object> reads, IReadOnlyDictionary<object, object> replaced)
    {
        var pairs = replaced.ToArray();
        var result = new object[reads.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var read = reads[i];
            foreach (var (before, after) in pairs)
            {
                if (ReferenceEquals(read, before))
                {
                    read = after;
                    break;
                }
            }
            result[i] = read;
        }
        return result;
    }
}
