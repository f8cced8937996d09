using System.Diagnostics;

namespace Briefing.Core.Build;

/// <summary>
/// What each generator's jobs cost, summed over the threads that ran them: the time they ran and the bytes they
/// allocated, so that <c>--timings</c> can say which pages are slow and which fill the heap.
/// </summary>
internal sealed class GeneratorCosts(int generators)
{
    private readonly long[] _ticks = new long[generators];
    private readonly long[] _bytes = new long[generators];

    /// <summary>Runs <paramref name="work"/> and adds its time and allocations to generator <paramref name="generator"/>.</summary>
    public T Measure<T>(int generator, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            return work();
        }
        finally
        {
            Interlocked.Add(ref _ticks[generator], Stopwatch.GetTimestamp() - start);
            Interlocked.Add(ref _bytes[generator], GC.GetAllocatedBytesForCurrentThread() - allocated);
        }
    }

    public TimeSpan Time(int generator) => Stopwatch.GetElapsedTime(0, _ticks[generator]);

    public long Allocated(int generator) => _bytes[generator];
}
