namespace Briefing.Cli.Preview;

/// <summary>
/// Watches folders and calls back once per burst of changes, with the paths that changed.
/// Two sources, because either alone misses saves: file-system events (immediate, but dropped when
/// their buffer overflows, absent on some network and container file systems) and a poll that
/// compares every file's length and write time (slow, but sees everything). Both feed one loop,
/// which waits until the folders have been quiet for a moment (editors save in several steps) and
/// never calls back twice at once.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    /// <summary>Stands for "something changed, rescan everything" (after a watcher error).</summary>
    public const string Everything = "*";

    private readonly IReadOnlyList<string> _roots;
    private readonly WatchTiming _timing;
    private readonly Action<IReadOnlyCollection<string>> _onChange;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _stop = new();
    private Dictionary<string, (long, long)> _known = new(StringComparer.Ordinal);
    private Task _loop = Task.CompletedTask;

    public SiteWatcher(IReadOnlyList<string> roots, WatchTiming timing, Action<IReadOnlyCollection<string>> onChange)
    {
        _roots = roots.Select(Path.GetFullPath).ToArray();
        _timing = timing;
        _onChange = onChange;
    }

    /// <summary>Problems starting the file-system watchers (polling still works); empty when all is well.</summary>
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public void Start()
    {
        _known = FileStamps.Scan(_roots);
        var warnings = new List<string>();
        foreach (var root in _roots.Where(Directory.Exists))
        {
            try
            {
                _watchers.Add(Watch(root));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                warnings.Add($"cannot watch {root} for changes ({e.Message}); polling every {_timing.Poll.TotalSeconds:0.#} s instead");
            }
        }
        Warnings = warnings;
        _loop = Task.Run(LoopAsync);
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation; nothing else is expected from it.
        }
        _stop.Dispose();
        _signal.Dispose();
    }

    private FileSystemWatcher Watch(string root)
    {
        var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Mark(e.FullPath);
        watcher.Created += (_, e) => Mark(e.FullPath);
        watcher.Deleted += (_, e) => Mark(e.FullPath);
        watcher.Renamed += (_, e) => { Mark(e.OldFullPath); Mark(e.FullPath); };
        watcher.Error += (_, _) => Mark(Everything);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Mark(string path)
    {
        if (path != Everything && FileStamps.IsIgnored(path))
        {
            return;
        }
        lock (_pending)
        {
            _pending.Add(path);
        }
        _signal.Release();
    }

    private async Task LoopAsync()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            var signalled = await _signal.WaitAsync(_timing.Poll, token).ConfigureAwait(false);
            if (!signalled)
            {
                Poll();
                continue;
            }
            await SettleAsync(token).ConfigureAwait(false);
            Dispatch();
        }
    }

    // Waits until no event arrived for the quiet period, or the longest wait has passed.
    private async Task SettleAsync(CancellationToken token)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (System.Diagnostics.Stopwatch.GetElapsedTime(started) < _timing.LongestWait
            && await _signal.WaitAsync(_timing.Quiet, token).ConfigureAwait(false))
        {
        }
    }

    private void Poll()
    {
        var now = FileStamps.Scan(_roots);
        foreach (var path in FileStamps.Differences(_known, now))
        {
            lock (_pending)
            {
                _pending.Add(path);
            }
        }
        _known = now;
        Dispatch();
    }

    private void Dispatch()
    {
        string[] changed;
        lock (_pending)
        {
            changed = [.. _pending.Order(StringComparer.Ordinal)];
            _pending.Clear();
        }
        if (changed.Length == 0)
        {
            return;
        }
        // What the events reported is known now: the poll must not report it a second time.
        if (changed.Contains(Everything))
        {
            _known = FileStamps.Scan(_roots);
        }
        else
        {
            FileStamps.Refresh(_known, changed);
        }
        _onChange(changed);
    }
}

/// <summary>How long the watcher waits: for quiet after a change, at most in a burst, and between polls.</summary>
public sealed record WatchTiming(TimeSpan Quiet, TimeSpan LongestWait, TimeSpan Poll)
{
    public static WatchTiming Default { get; } = new(TimeSpan.FromMilliseconds(30), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
}
