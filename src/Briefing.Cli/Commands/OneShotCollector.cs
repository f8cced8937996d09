using System.Runtime;

namespace Briefing.Cli.Commands;

/// <summary>
/// How the garbage collector runs in a process that builds once and exits (<c>build</c>, <c>check</c>).
/// </summary>
internal static class OneShotCollector
{
    /// <summary>
    /// Turns off background collection for the rest of the process. On a machine whose cores all render pages, a
    /// background collection of a large model competes with them for a core and keeps a second copy of its marks: at
    /// 100,000 events it took a tenth of the CPU, and peak memory fell by about 220 MiB without it (bench/README.md).
    /// <c>serve</c> keeps background collection, where a blocking one would hold up a reload.
    /// </summary>
    public static void PreferThroughput() => GCSettings.LatencyMode = GCLatencyMode.Batch;
}
