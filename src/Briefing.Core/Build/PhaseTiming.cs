namespace Briefing.Core.Build;

/// <summary>
/// How long one phase of a build took: wall time, and the CPU time the whole process spent in it
/// (all threads), which stays meaningful on a busy machine where wall time does not.
/// </summary>
public sealed record PhaseTiming(string Phase, TimeSpan Elapsed, TimeSpan Cpu = default)
{
    /// <summary>Parts of the phase (the render phase's generators), each with the time its jobs ran, summed over threads.</summary>
    public IReadOnlyList<PhaseTiming> Parts { get; init; } = [];

    /// <summary>True for a phase that ran alongside others (the theme, beside load and model): its time is not part of the sum.</summary>
    public bool Overlapped { get; init; }

    /// <summary>How long the garbage collector held every thread during the phase (a part of <see cref="Elapsed"/>).</summary>
    public TimeSpan GcPaused { get; init; }

    /// <summary>The bytes allocated during the phase (all threads), or by a part's jobs: what sets the collector working.</summary>
    public long Allocated { get; init; }
}

/// <summary>
/// Times phases with a monotonic clock; only durations are kept, never the time of day. Each phase it times
/// is also announced to <paramref name="progress"/> as it starts and ends.
/// </summary>
public sealed class PhaseTimer(IBuildProgress? progress = null)
{
    private readonly List<PhaseTiming> _timings = [];
    private readonly IBuildProgress _progress = progress ?? BuildProgress.None;

    public IReadOnlyList<PhaseTiming> Timings => _timings;

    /// <summary>Records a phase timed elsewhere, such as one that ran on its own thread.</summary>
    public void Add(PhaseTiming timing) => _timings.Add(timing);

    /// <summary>Attaches parts to the phase timed last (see <see cref="PhaseTiming.Parts"/>).</summary>
    public void AddParts(IReadOnlyList<PhaseTiming> parts)
    {
        if (_timings.Count > 0)
        {
            _timings[^1] = _timings[^1] with { Parts = parts };
        }
    }

    public T Time<T>(string phase, Func<T> work)
    {
        _progress.PhaseStarted(phase);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        try
        {
            return work();
        }
        finally
        {
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(start);
            _timings.Add(new PhaseTiming(phase, elapsed, Environment.CpuUsage.TotalTime - cpu) { GcPaused = GC.GetTotalPauseDuration() - paused, Allocated = GC.GetTotalAllocatedBytes() - allocated });
            _progress.PhaseEnded(phase, elapsed);
        }
    }
}
