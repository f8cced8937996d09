using System.Runtime;
using Briefing.Core.Site;

namespace Briefing.Cli.Commands;

/// <summary>
/// Paces the collector through the model phase of a large one-shot build: a collection of the young generation after
/// every <see cref="IntervalBytes"/> the process allocates, so that Markdig's syntax trees, garbage as soon as each body
/// is rendered, are cleared from memory that stays in use rather than spread over fresh memory; then a region for the
/// render phase (<see cref="ModelBuilt"/>).
/// <para>
/// Why: on this project's build machines (virtual, 2 cores) memory a process touches for the first time is dear (the
/// kernel clears it, and the host backs it): at 10,000 pages that was a fifth of the build's CPU time. Left to itself
/// the collector lets the young generation grow to a budget of its own (over 120 MiB there), touching that much fresh
/// memory and sweeping the caches with it, and compacts it on one of its two threads while the other waits. Measured
/// 2026-12-03, peer corpus, 10,000 pages, native binary, 7 interleaved rounds, with the collector's dynamic adaptation
/// off (RuntimeOptions.props): median 1.40 s against 1.57 s, CPU 2.62 against 2.80 s, peak RSS 280 against 353 MiB
/// (bench/README.md, twenty-first session). Every 16 or 20 MiB cost more than it saved; 24 to 48 MiB were within the
/// host's noise of each other.
/// </para>
/// <para>
/// A small site builds inside <c>OneShotCollector</c>'s no-collection region and is never paced. A site whose loading
/// alone allocated <see cref="LargeLoadBytes"/> will not fit the region: the first body ends it, and pacing starts at
/// once rather than after the region's fresh memory is spent (1,000 pages load 15 MiB of a 108 MiB build; 10,000 pages
/// 115 MiB of 995). A region that ends by itself later starts the pacing then.
/// </para>
/// </summary>
internal sealed class ModelCollections : IModelPacer
{
    internal const long IntervalBytes = 32L << 20;

    internal const long LargeLoadBytes = 32L << 20;

    /// <summary>What to do before a body or the render phase: nothing, end the no-collection region, collect, or start a region.</summary>
    internal enum Step
    {
        None,
        EndRegion,
        Collect,
        StartRegion,
    }

    private const long FirstBody = -1;

    private readonly long _buildStart;

    // The process's allocation count at which the next step is due; FirstBody until the first body.
    private long _due = FirstBody;

    /// <summary>Paces a build starting now: what was allocated before it is not its loading.</summary>
    public ModelCollections() => _buildStart = GC.GetTotalAllocatedBytes();

    public void BodyStarting()
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var due = Interlocked.Read(ref _due);
        if (allocated < due)
        {
            return;
        }
        var (step, next) = Decide(due, allocated, allocated - _buildStart, GCSettings.LatencyMode == GCLatencyMode.NoGCRegion);
        // Only the thread that moves the due mark takes the step: two bodies starting together collect once.
        if (Interlocked.CompareExchange(ref _due, next, due) != due)
        {
            return;
        }
        Take(step);
    }

    /// <summary>
    /// As the model is finished, a paced build starts a no-collection region of <see cref="RenderRegionBytes"/> for the
    /// render phase (<see cref="BeforeRender"/>), or, with a heap too large for the full collection that starts one,
    /// collects its young generation.
    /// <para>
    /// Why: the render phase of 10,000 pages allocates about 105 MiB and collects nothing on its own. It took the memory
    /// beyond what the collector had set up as the collector commits it, a few pages at a time, and Linux backs such
    /// memory with a 4 KiB page per fault instead of 2 MiB pages (<c>HugePageHeap</c>): a 2 MiB page needs its whole
    /// range usable when it is first touched. Starting a region commits all of it at once, as the region at start-up
    /// does for loading. Measured 2026-12-03, 10,000 pages, native binaries: minor faults of a build 25,000 to 27,000
    /// without (no huge page faulted in the render phase), 8,200 to 10,000 with; 8 interleaved rounds, medians, 1.52 ->
    /// 1.36 s, CPU 2.82 -> 2.54 s, the render phase about 660 -> 500 ms. A region of 256 MiB measured 1.42 s. Collecting
    /// the young generation alone was as fast in some runs (1.44 -> 1.32 s) and no faster in others, as the collector's
    /// commits fell.
    /// </para>
    /// </summary>
    public void ModelBuilt()
    {
        var step = BeforeRender(Interlocked.Read(ref _due), GCSettings.LatencyMode == GCLatencyMode.NoGCRegion, GC.GetTotalMemory(forceFullCollection: false));
        Take(step);
    }

    /// <summary>What the render phase of 10,000 pages allocates, about 105 MiB, with room; a larger one leaves the region when it is spent.</summary>
    internal const long RenderRegionBytes = 128L << 20;

    /// <summary>
    /// The heap above which the model is not followed by a region: starting one collects the whole heap, which at 10,000
    /// pages (a heap of about 140 MiB) paused a build no longer in all (144 to 156 ms a build, against 150 with a
    /// collection of the young generation there), and at 100,000 events (1.5 GiB) would cost seconds.
    /// </summary>
    internal const long RenderRegionMaxHeapBytes = 512L << 20;

    /// <summary>
    /// The step as the model is finished: nothing for a build that was never paced (still in the start-up region, or
    /// no body rendered), a region for the render phase when the heap is small enough, else a collection.
    /// </summary>
    internal static Step BeforeRender(long due, bool inRegion, long heapBytes) =>
        due == FirstBody || inRegion ? Step.None : heapBytes <= RenderRegionMaxHeapBytes ? Step.StartRegion : Step.Collect;

    /// <summary>
    /// The step due before a body, and the allocation count at which the next one is due. <paramref name="due"/> is
    /// <see cref="FirstBody"/> before the first body; <paramref name="allocated"/> is the process's allocation count,
    /// <paramref name="byBuild"/> the part of it this build allocated.
    /// </summary>
    internal static (Step Step, long Next) Decide(long due, long allocated, long byBuild, bool inRegion)
    {
        var next = allocated + IntervalBytes;
        if (inRegion)
        {
            return (due == FirstBody && byBuild >= LargeLoadBytes ? Step.EndRegion : Step.None, next);
        }
        return (due == FirstBody ? Step.None : Step.Collect, next);
    }

    private static void Take(Step step)
    {
        switch (step)
        {
            case Step.EndRegion:
                try
                {
                    GC.EndNoGCRegion();
                }
                catch (InvalidOperationException)
                {
                    // The region ended by itself in between (an allocation past it): what ending it was for.
                }
                break;
            case Step.Collect:
                Collect();
                break;
            case Step.StartRegion:
                try
                {
                    if (!GC.TryStartNoGCRegion(RenderRegionBytes))
                    {
                        Collect();
                    }
                }
                catch (InvalidOperationException)
                {
                    // Another region began in between: the render phase has one either way.
                }
                break;
        }
    }

    private static void Collect() => GC.Collect(0, GCCollectionMode.Forced, blocking: true, compacting: false);
}
