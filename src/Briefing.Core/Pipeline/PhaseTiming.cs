namespace Briefing.Core.Pipeline;

/// <summary>
/// How long one phase of a build took: wall time, and the CPU time the whole process spent in it
/// (all threads), which stays meaningful on a busy machine where wall time does not.
/// </summary>
public sealed record PhaseTiming(string Phase, TimeSpan Elapsed, TimeSpan Cpu = default);

/// <summary>Times phases with a monotonic clock; only durations are kept, never the time of day.</summary>
public sealed class PhaseTimer
{
    private readonly List<PhaseTiming> _timings = [];

    public IReadOnlyList<PhaseTiming> Timings => _timings;

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
