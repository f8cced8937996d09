using System.Runtime;

namespace Briefing.Cli.Commands;

/// <summary>
/// How the garbage collector runs in a process that builds once and exits (<c>build</c>, <c>check</c>).
/// </summary>
internal static class OneShotCollector
{
    /// <summary>
    /// What a small site allocates in a whole build, with room to spare: the real site allocates about 13 MiB and
    /// the peer corpus at 1,000 pages about 146 MiB. Memory is committed as it is used, so a site that allocates less
    /// never touches the rest.
    /// </summary>
    internal const long SmallSiteBytes = 256L << 20;

    /// <summary>
    /// First advises the process's memory for huge pages (<see cref="HugePageHeap"/>): most of what a build allocates
    /// lands on pages it touches for the first time.
    /// <para>
    /// Turns off background collection for the rest of the process. On a machine whose cores all render pages, a
    /// background collection of a large model competes with them for a core and keeps a second copy of its marks: at
    /// 100,000 events it took a tenth of the CPU, and peak memory fell by about 220 MiB without it (bench/README.md).
    /// <c>serve</c> keeps background collection, where a blocking one would hold up a reload.
    /// </para>
    /// <para>
    /// Then asks for no collection until the build has allocated <see cref="SmallSiteBytes"/>. The server collector
    /// starts with a small first budget and collected three times while building the real site (about 15 ms of a 60 ms
    /// cold build, for a heap that is thrown away at exit), and seven times at 1,000 pages (50 to 70 ms of about
    /// 300 ms). A larger site goes past the budget and collects as usual. Measured 2026-12-01 (bench/README.md, ninth
    /// session): 1,000 pages 325 -> 284 ms (median of 11, peak RSS 124 -> 191 MiB); 10,000 pages peak RSS 380 -> 450
    /// MiB; 100,000 events built over the last output, 2 pairs: unchanged in time, peak RSS 1,840 to 1,844 MiB against
    /// 1,894 with 32 MiB.
    /// </para>
    /// </summary>
    public static void PreferThroughput()
    {
        // A process that builds more than once (the tests call the commands in process) may still be in the last one's region.
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return;
        }
        HugePageHeap.Advise();
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        try
        {
            GC.TryStartNoGCRegion(SmallSiteBytes);
        }
        catch (InvalidOperationException)
        {
            // Another thread of the same process started one first: a collection is put off either way.
        }
    }
}
