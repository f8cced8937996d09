namespace Briefing.Core.Pipeline;

/// <summary>How long one phase of a build took.</summary>
public sealed record PhaseTiming(string Phase, TimeSpan Elapsed);

/// <summary>Times phases with a monotonic clock; only durations are kept, never the time of day.</summary>
public sealed class PhaseTimer
{
    private readonly List<PhaseTiming> _timings = [];

    public IReadOnlyList<PhaseTiming> Timings => _timings;

    public T Time<T>(string phase, Func<T> work)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            _timings.Add(new PhaseTiming(phase, System.Diagnostics.Stopwatch.GetElapsedTime(start)));
        }
    }
}
