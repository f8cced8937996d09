using System.Security.Cryptography;
using Briefing.Core.Build;

namespace Briefing.Cli.Preview;

/// <summary>
/// The site the preview server shows, rebuilt in memory through an <see cref="IncrementalCache"/>.
/// Each rebuild makes a new <see cref="SiteSnapshot"/> and publishes it with one reference swap;
/// a failed rebuild keeps the last good files and carries the new diagnostics.
/// </summary>
public sealed class PreviewSite
{
    private readonly BuildOptions _options;
    private readonly IncrementalCache _cache = new();
    private readonly SitePipeline _pipeline;
    private readonly string _instance = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private readonly Lock _rebuilding = new();
    private SiteSnapshot _current;
    private int _builds;

    public PreviewSite(BuildOptions options)
    {
        _options = options;
        // The watcher reports every change (events and a poll): a rebuild reads only what it reported.
        _cache.TrustChanges = true;
        _pipeline = new SitePipeline(cache: _cache);
        _current = new SiteSnapshot($"{_instance}-0", [], [], hasSite: false);
    }

    public SiteSnapshot Current => Volatile.Read(ref _current);

    /// <summary>
    /// Rebuilds after <paramref name="changed"/> (full paths, or <see cref="SiteWatcher.Everything"/>) and publishes
    /// the result; <paramref name="progress"/> is told how the build goes (the first build's is shown).
    /// </summary>
    public RebuildReport Rebuild(IReadOnlyCollection<string> changed, IBuildProgress? progress = null)
    {
        lock (_rebuilding)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            Forget(changed);
            var result = RenderWithRetries(progress is null ? _options : _options with { Progress = progress });
            var previous = Current;
            var stamp = $"{_instance}-{++_builds}";
            var next = result.Succeeded
                ? new SiteSnapshot(stamp, result.Files, result.Diagnostics, hasSite: true)
                : new SiteSnapshot(stamp, previous.Files, result.Diagnostics, previous.HasSite);
            Volatile.Write(ref _current, next);
            return new RebuildReport(previous, next, result.Timings, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    private void Forget(IReadOnlyCollection<string> changed)
    {
        if (changed.Contains(SiteWatcher.Everything))
        {
            _cache.InvalidateAll();
        }
        _cache.Invalidate(changed.Where(p => p != SiteWatcher.Everything));
        var theme = Path.GetFullPath(_options.ThemeDirectory) + Path.DirectorySeparatorChar;
        if (changed.Any(p => p == SiteWatcher.Everything || p.StartsWith(theme, StringComparison.Ordinal)))
        {
            _cache.InvalidateTheme();
        }
    }

    // A file can vanish between listing and reading it while an editor saves: try again shortly.
    private BuildResult RenderWithRetries(BuildOptions options)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return _pipeline.Render(options);
            }
            catch (Exception e) when (attempt < 4 && IsTransientIo(e))
            {
                Thread.Sleep(25 * attempt);
            }
        }
    }

    private static bool IsTransientIo(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => true,
        AggregateException a => a.InnerExceptions.All(IsTransientIo),
        _ => false,
    };
}

/// <summary>What one rebuild did: the snapshots before and after, the pipeline's phases and the total time.</summary>
public sealed record RebuildReport(SiteSnapshot Previous, SiteSnapshot Next, IReadOnlyList<PhaseTiming> Timings, TimeSpan Elapsed)
{
    /// <summary>Files added, removed or changed in content; computed on demand (it compares every file).</summary>
    public int ChangedFiles()
    {
        var changed = Next.Files.Count(f => Previous.Find(f.Path) is not { } old || !old.Content.AsSpan().SequenceEqual(f.Content));
        return changed + Previous.Files.Count(f => !Next.Contains(f.Path));
    }
}
