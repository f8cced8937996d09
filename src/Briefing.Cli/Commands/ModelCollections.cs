using System.Runtime;
using Briefing.Core.Site;

namespace Briefing.Cli.Commands;

/// <summary>
/// Paces the collector through the model phase of a large one-shot build: a collection of the young generation after
/// every <see cref="IntervalBytes"/> the process allocates, so that Markdig's syntax trees, garbage as soon as each body
/// is rendered, are cleared from memory that stays in use rather than spread over fresh memory; and one more as the
/// model is finished (<see cref="ModelBuilt"/>).
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

    /// <summary>What to do before a body: nothing, end the no-collection region, or collect.</summary>
    internal enum Step
    {
        None,
        EndRegion,
        Collect,
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
    /// A paced build collects its young generation once more as the model is finished, so that the render phase starts
    /// in memory the collector has just freed and set up whole.
    /// <para>
    /// Why: the render phase of 10,000 pages allocates about 105 MiB and collects nothing on its own. Started on the
    /// model's last garbage, it outgrew the memory the collector had set up and took the rest as the collector commits
    /// it, a few pages at a time, where Linux backs each 4 KiB page with a fault of its own instead of a 2 MiB page
    /// (<c>HugePageHeap</c>): no huge page faulted in the render phase, against 31 to 35 after this collection. Measured
    /// 2026-12-03, 10,000 pages, native binary, 8 interleaved rounds (medians): 1.43 -> 1.28 s, CPU 2.66 -> 2.41 s, peak
    /// RSS 305 -> 275 MiB; the render phase alone 657 to 683 ms -> 503 to 525 ms. Collecting generation 1 instead
    /// measured 1.32 s. A build that never left the no-collection region is not paced and is not collected here.
    /// </para>
    /// </summary>
    public void ModelBuilt()
    {
        if (CollectsBeforeRender(Interlocked.Read(ref _due), GCSettings.LatencyMode == GCLatencyMode.NoGCRegion))
        {
            Take(Step.Collect);
        }
    }

    /// <summary>Whether a build collects as its model is finished: only one that is being paced (<see cref="ModelBuilt"/>).</summary>
    internal static bool CollectsBeforeRender(long due, bool inRegion) => due != FirstBody && !inRegion;

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
                GC.Collect(0, GCCollectionMode.Forced, blocking: true, compacting: false);
                break;
        }
    }
}
