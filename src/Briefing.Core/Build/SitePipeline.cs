using System.Collections.Concurrent;
using Briefing.Core.Diagnostics;
using Briefing.Core.Links;
using Briefing.Core.Markdown;
using Briefing.Core.Output;
using Briefing.Core.Site;
using Briefing.Core.Templates;
using Briefing.Core.Text;

namespace Briefing.Core.Build;

/// <summary>
/// The build in visible phases: load (files to typed front matter) → theme → model (the site:
/// briefings, pages, anchors) → render (view models through templates, in parallel, each file
/// written into a staging folder as it is made) → links → write (the staging folder swapped in).
/// Content problems stop the build before <c>output/</c> changes and come back as diagnostics.
/// </summary>
public sealed partial class SitePipeline
{
    private readonly IReadOnlyList<ISiteFeature> _features;
    private readonly IReadOnlyList<IPageGenerator> _generators;
    private readonly MarkdownRenderer _markdown;
    private readonly IncrementalCache? _cache;

    /// <summary>A pipeline; pass a <paramref name="cache"/> kept between builds (as <c>serve</c> does) so that a one-file edit re-parses one file.</summary>
    public SitePipeline(IReadOnlyList<ISiteFeature>? features = null, MarkdownRenderer? markdown = null, IncrementalCache? cache = null)
    {
        _features = features ?? Features.Default();
        _generators = _features.SelectMany(f => f.Generators).ToList();
        _markdown = markdown ?? MarkdownRenderer.Shared;
        _cache = cache;
        if (cache is not null)
        {
            _markdown = _markdown.CachedIn(cache);
        }
    }

    /// <summary>The template names the generators need, to load a theme once and pass it to <see cref="Render"/>.</summary>
    public IEnumerable<string> RequiredTemplates => _generators.SelectMany(g => g.Templates).Distinct();

    /// <summary>
    /// Load, model, render and check internal links, without touching the output folder: what
    /// <c>check</c> and <c>serve</c> use. The files come back in memory.
    /// </summary>
    public BuildResult Render(BuildOptions options, PhaseTimer? timer = null, TemplateSet? theme = null)
    {
        timer ??= new PhaseTimer(options.Progress);
        if (_cache is not null && theme is null && TryPatch(_cache, options, timer) is { } patched)
        {
            return patched;
        }
        _cache?.BeginBuild();
        try
        {
            return RenderOnce(options, timer, theme, staging: null);
        }
        finally
        {
            _cache?.EndBuild();
        }
    }

    /// <summary>
    /// The whole build. Each file is written into a staging folder as soon as it is rendered (so memory
    /// holds the model, not the site), and the folder is swapped in only when the build has no errors;
    /// otherwise it is deleted and <c>output/</c> stays as it was. The files returned carry no bytes.
    /// </summary>
    public BuildResult Build(BuildOptions options)
    {
        var timer = new PhaseTimer(options.Progress);
        using var staging = StagedSite.Begin(options.OutputDirectory);
        var result = RenderOnce(options, timer, theme: null, staging);
        if (!result.Succeeded)
        {
            return result;
        }
        timer.Time("write", () =>
        {
            staging.Commit();
            return true;
        });
        return result with { Timings = timer.Timings };
    }

    private BuildResult RenderOnce(BuildOptions options, PhaseTimer timer, TemplateSet? theme, StagedSite? staging)
    {
        var diagnostics = new DiagnosticBag();
        // The theme needs nothing from the content: it compiles on its own thread while content loads.
        var themeLoad = theme is null ? Task.Run(() => TimedOnItsOwn("theme", () => LoadTheme(options, diagnostics))) : null;
        LoadedContent? content = timer.Time("load", () => new ContentLoader(options.InputDirectory, options.DisplayRoot, _features.OfType<IContentKind>().ToList(), _cache, options.Parallelism).Load(diagnostics));
        var site = timer.Time("model", () => new SiteModelBuilder(_features, _markdown, options.Parallelism, _cache, options.Pacer).Build(content, diagnostics));
        // What was loaded is the model's now. The local is captured with the render phase's closures, which would keep
        // every file as loaded (text, field positions) to the end of the build.
        content = null;
        var templates = theme;
        if (themeLoad is not null)
        {
            (templates, var themeTiming) = themeLoad.GetAwaiter().GetResult();
            timer.Add(themeTiming);
        }
        if (diagnostics.HasErrors || site is null || templates is null)
        {
            _cache?.Last = null;
            return new BuildResult(diagnostics.Sorted(), [], site, timer.Timings);
        }
        options.Pacer.ModelBuilt();
        var baseUrl = SiteConfig.WithTrailingSlash(options.BaseUrl ?? site.Config.BaseUrl);
        var costs = new GeneratorCosts(_generators.Count);
        // Sized as the last build's: growing while every thread adds to it takes all its locks, again and again.
        var pages = new ConcurrentDictionary<string, PageLinks>(Environment.ProcessorCount, Math.Max(31, _cache?.Last?.Pages.Count ?? 0), StringComparer.Ordinal);
        var (files, jobFiles, afterFiles) = timer.Time("render", () => RenderAll(new RenderContext(site, templates, baseUrl) { Memo = _cache, WritesPagesAsRendered = staging is not null && _cache is null, Parallel = options.Parallelism }, options.Progress, diagnostics, costs,
            file => Settle(file, pages, staging)));
        timer.AddParts(GeneratorTimings(costs));
        // Against the last good build's paths (a front-matter edit in serve): those were safe and distinct, so only the
        // paths added can be unsafe or clash, and the link check is told what came and went instead of diffing 17,000 paths.
        (IReadOnlyCollection<string> Added, IReadOnlyCollection<string> Removed)? changes = _cache?.Last is { } last ? PathChanges(last.Files, files) : null;
        if (changes is null || changes.Value.Added.Count > 0)
        {
            ReportUnsafePaths(changes?.Added ?? files.Select(f => f.Path), diagnostics);
            ReportDuplicatePaths(files, diagnostics);
        }
        if (!diagnostics.HasErrors)
        {
            timer.Time("links", () => CheckLinks(files, pages, PageText(files, staging), site, templates, diagnostics, changes, options.Parallelism));
        }
        var sorted = diagnostics.Sorted();
        if (_cache is not null)
        {
            _cache.Last = diagnostics.HasErrors || staging is not null ? null : new BuiltSite(options, site, templates, baseUrl, files, jobFiles, afterFiles, pages, sorted);
        }
        return new BuildResult(sorted, diagnostics.HasErrors ? [] : files, site, timer.Timings);
    }

    /// <summary>
    /// What is kept of a file once rendered: its links for the link check and, when the build writes
    /// as it goes, the file without its bytes (they are in the staging folder) or its JSON-LD. An unsafe path is never
    /// written; <see cref="ReportUnsafePaths"/> turns it into an error.
    /// </summary>
    private static OutputFile Settle(RenderedFile rendered, ConcurrentDictionary<string, PageLinks> pages, StagedSite? staging)
    {
        var file = rendered.File;
        if (rendered.Links is { } links)
        {
            pages[file.Path] = links;
        }
        if (staging is null || !OutputPaths.IsSafe(file.Path))
        {
            return Whole(file);
        }
        try
        {
            staging.Add(file);
        }
        catch (IOException) when (File.Exists(OutputPaths.Resolve(staging.Root, file.Path)))
        {
            // Two files for one path: ReportDuplicatePaths names it, and the staging folder is discarded.
            return Whole(file);
        }
        file.EncodedText?.Release();
        // What stays in memory is what the files made after every page read (the sitemap, the topic feeds).
        return file with { Content = [], Meta = file.Meta?.Written(), EncodedText = null, WriteContent = null, BytesPending = false };
    }

    // A file this build does not write as it goes, kept whole: its bytes made if the writer was to make them, its text let go.
    private static OutputFile Whole(OutputFile file)
    {
        if (!file.BytesPending)
        {
            return file;
        }
        var whole = file.WithBytes();
        file.EncodedText?.Release();
        return whole with { EncodedText = null };
    }

    private static Func<string, string> PageText(IReadOnlyList<OutputFile> files, StagedSite? staging) =>
        path => System.Text.Encoding.UTF8.GetString(staging?.Read(path) ?? files.First(f => f.Path == path).Content);

    // A phase run beside others: its wall time on its own thread stands for its CPU time too,
    // since the process's CPU clock cannot tell threads apart.
    private static (T Result, PhaseTiming Timing) TimedOnItsOwn<T>(string phase, Func<T> work)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = work();
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        return (result, new PhaseTiming(phase, elapsed, elapsed) { Overlapped = true });
    }

    private TemplateSet? LoadTheme(BuildOptions options, DiagnosticBag diagnostics)
    {
        var required = _generators.SelectMany(g => g.Templates).Distinct().ToArray();
        return _cache is null
            ? TemplateSet.Load(options.ThemeDirectory, options.DisplayRoot, required, ViewModelJson.Default, diagnostics)
            : _cache.Theme.Load(options.ThemeDirectory, options.DisplayRoot, required, diagnostics);
    }

    // The paths that are new since the last build, and those gone. In order as far as the lists agree (most rebuilds),
    // then as a set: a date edit moves an event's page among its neighbours', and a changed search index renames its
    // folder of pieces. A path made twice is added the second time, so that the duplicate check sees it.
    private static (IReadOnlyCollection<string> Added, IReadOnlyCollection<string> Removed) PathChanges(IReadOnlyList<OutputFile> last, IReadOnlyList<OutputFile> now)
    {
        var start = 0;
        while (start < now.Count && start < last.Count && string.Equals(last[start].Path, now[start].Path, StringComparison.Ordinal))
        {
            start++;
        }
        var remaining = new HashSet<string>(last.Count - start, StringComparer.Ordinal);
        for (var i = start; i < last.Count; i++)
        {
            remaining.Add(last[i].Path);
        }
        var added = new List<string>();
        for (var i = start; i < now.Count; i++)
        {
            if (!remaining.Remove(now[i].Path))
            {
                added.Add(now[i].Path);
            }
        }
        return (added, remaining);
    }

    private (List<OutputFile> Files, int JobFiles, IReadOnlyList<IReadOnlyList<OutputFile>> AfterFiles) RenderAll(RenderContext context, IBuildProgress progress, DiagnosticBag diagnostics, GeneratorCosts costs, Func<RenderedFile, OutputFile> settle)
    {
        // What every page reads: a change to any of these renders everything again.
        _cache?.BeginRender(context.Templates, context.Site.Config, string.Join('\n', context.Site.Menu), context.BaseUrl);
        // The build's threads, as the context hands them to the generators' own loops.
        var parallel = context.Parallel;
        var jobs = Enumerate(context, parallel);
        // Strings repeated on every page (layout links, paragraph ids), shared for this build only. Sized for a few
        // distinct strings a page: at 100,000 events growing it (which takes every lock) blocked the render threads.
        var pool = new SpanPool(capacity: jobs.Length * 4);
        // A build that keeps nothing for a next one checks this build's links alone, so the plainest links to files its
        // jobs write are settled as each page is scanned. Serve's check keeps every link, to judge again what an edit moves.
        var known = _cache is null ? new KnownPaths(jobs.Select(j => j.Job.Path)) : null;
        var scan = new LinkScan(pool, known);
        var files = new OutputFile?[jobs.Length];
        progress.ItemsPlanned(jobs.Length);
        // Run last job first: the generators registered last make few, large files (the search index, the feed, the
        // dataset), the first ones many small pages. Started last, a large job left one core idle at the end of the phase;
        // started first, the small pages even out the cores. Each file still lands at its own index, so nothing else changes.
        Parallel.For(0, jobs.Length, parallel, k =>
        {
            var i = jobs.Length - 1 - k;
            try
            {
                files[i] = costs.Measure(jobs[i].Generator, () => settle(Run(jobs[i].Job, scan)));
                // Let the job go: its closure and its reads (view parts, neighbours) would otherwise live to the end of the
                // phase, 155,000 of them at 100,000 events; the cache keeps what it needs of a job on its own.
                jobs[i].Job = null!;
            }
            catch (TemplateException e)
            {
                diagnostics.Error(e.TemplateFile, e.Line, e.Column, $"the template failed: {e.Message}");
            }
            finally
            {
                progress.ItemDone();
            }
        });
        var written = files.OfType<OutputFile>().ToList();
        var rendered = written.ToList();
        var after = new IReadOnlyList<OutputFile>[_generators.Count];
        for (var g = 0; g < _generators.Count; g++)
        {
            after[g] = _generators[g] is IAfterRenderGenerator generator ? RunAfter(ListAfter(generator, context, rendered, costs, g), parallel, job => costs.Measure(g, () => settle(Run(job, scan)))) : [];
            written.AddRange(after[g]);
        }
        return (written, rendered.Count, after);
    }

    // Each generator lists its jobs on whichever core is free, and the lists are joined in registration order. Listing is
    // most of a rebuild that renders few files (a CAMEO edit at 10,000 events lists 17,000 jobs and runs a few dozen), and
    // the event, tag and version pages each take a fifth of it: one after the other, they left a core idle.
    private (int Generator, RenderJob Job)[] Enumerate(RenderContext context, ParallelOptions parallel)
    {
        var lists = new RenderJob[_generators.Count][];
        Parallel.For(0, _generators.Count, parallel, g => lists[g] = [.. _generators[g].Jobs(context)]);
        var jobs = new (int Generator, RenderJob Job)[lists.Sum(list => list.Length)];
        var at = 0;
        for (var g = 0; g < lists.Length; g++)
        {
            foreach (var job in lists[g])
            {
                jobs[at++] = (g, job);
            }
        }
        return jobs;
    }

    // The files made after every job are timed per generator like any job (listing them included, which reads every
    // page's metadata), so that --timings and the serve benchmark show what the sitemap or the topic feeds cost.
    private static RenderJob[] ListAfter(IAfterRenderGenerator generator, RenderContext context, IReadOnlyList<OutputFile> rendered, GeneratorCosts costs, int g) =>
        costs.Measure(g, () => generator.After(context, rendered).ToArray());

    // The files made after every job (search shards, topic feeds, the sitemap: thousands at 100,000 events) are
    // independent of each other like any job's, so they are made in parallel too, each kept at its place. A job that
    // fails throws its own exception, as when they ran one by one.
    private static OutputFile[] RunAfter(RenderJob[] jobs, ParallelOptions parallel, Func<RenderJob, OutputFile> run)
    {
        var made = new OutputFile[jobs.Length];
        try
        {
            Parallel.For(0, jobs.Length, parallel, i => made[i] = run(jobs[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return made;
    }

    /// <summary>Runs a job, or takes its file from the last build when the job read the same things.</summary>
    private RenderedFile Run(RenderJob job, LinkScan scan)
    {
        RenderedFile Scanned(OutputFile file)
        {
            var links = LinkChecker.IsPage(file)
                ? (file.EncodedText is { } html ? PageLinks.Scan(html.Span, scan.Pool, scan.For(file.Path)) : PageLinks.Scan(file.Content, scan.Pool, scan.For(file.Path)))
                : null;
            if (file.BytesPending)
            {
                // Its text is what the writer encodes (Settle), and released there.
                return new RenderedFile(file, links);
            }
            file.EncodedText?.Release();
            return new RenderedFile(file.Settled(), links);
        }
        return _cache is null ? Scanned(job.Run()) : _cache.Render(job, Scanned);
    }

    /// <summary>How the render phase scans its pages: strings shared for the build, and the links it may leave out.</summary>
    private sealed record LinkScan(SpanPool Pool, KnownPaths? Known)
    {
        public (KnownPaths, string)? For(string pagePath) => Known is null ? null : (Known, pagePath);
    }

    private List<PhaseTiming> GeneratorTimings(GeneratorCosts costs) =>
        _generators.Select((g, i) => new PhaseTiming(g.GetType().Name, TimeSpan.Zero, costs.Time(i)) { Allocated = costs.Allocated(i) })
            .Where(t => t.Cpu > TimeSpan.Zero)
            .ToList();

    // Content checks (slugs, tags) should have caught these; this is the last check before anything is written.
    private static void ReportUnsafePaths(IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        foreach (var path in paths.Where(p => !OutputPaths.IsSafe(p)))
        {
            diagnostics.Error("input", 0, 0, $"refusing to write '{path}': it is not a plain relative path inside the output folder (check slugs and tags)");
        }
    }

    private bool CheckLinks(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, PageLinks> pages, Func<string, string> pageText,
        SiteModel site, TemplateSet templates, DiagnosticBag diagnostics, (IReadOnlyCollection<string> Added, IReadOnlyCollection<string> Removed)? changes,
        ParallelOptions parallel)
    {
        LinkChecker.Check(files, pages, pageText, () => site.Parts.SelectMany(p => p.Bodies).ToList(), templates.Sources, diagnostics, _cache?.Links, changes, parallel);
        return true;
    }

    private static void ReportDuplicatePaths(List<OutputFile> files, DiagnosticBag diagnostics)
    {
        // One pass with a set (a grouping of every path cost 20 ms a rebuild at 10,000 events); the first path of each clash is named.
        var first = new Dictionary<string, string>(files.Count, StringComparer.OrdinalIgnoreCase);
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (first.TryAdd(file.Path, file.Path) || !reported.Add(file.Path))
            {
                continue;
            }
            diagnostics.Error("input", 0, 0, $"two pages would be written to the same file '{first[file.Path]}': give one of them another slug");
        }
    }
}
