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
}

/// <summary>Times phases with a monotonic clock; only durations are kept, never the time of day.</summary>
public sealed class PhaseTimer
{
    private readonly List<PhaseTiming> _timings = [];

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
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        try
        {
            return work();
        }
        finally
        {
            _timings.Add(new PhaseTiming(phase, System.Diagnostics.Stopwatch.GetElapsedTime(start), Environment.CpuUsage.TotalTime - cpu));
        }
    }
}
