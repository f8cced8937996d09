using System.Globalization;
using Briefing.Core.Build;

namespace Briefing.Cli.Reporting;

/// <summary>
/// <c>build --timings</c>: one line per phase in the order the phases ran, then the total, each with
/// wall and CPU milliseconds (CPU summed over threads: above wall means the phase ran in parallel).
/// The theme compiles beside load and model, so its line is not part of the sum (other = total − the rest).
/// Under the render phase, each page generator with the time its pages took, summed over threads; under the total, the
/// garbage collector's share (collections, time every thread was paused, bytes allocated).
/// Written to standard error so that it never mixes with what scripts read from standard output.
/// </summary>
public static class TimingsReport
{
    public static void Print(IReadOnlyList<PhaseTiming> timings, PhaseTiming total, TextWriter writer, PhaseTiming? startup = null)
    {
        writer.WriteLine("phase       wall ms    cpu ms    gc ms  alloc MiB");
        if (startup is not null)
        {
            writer.WriteLine(Line(startup));
        }
        foreach (var timing in timings)
        {
            writer.WriteLine(Line(timing));
            foreach (var part in timing.Parts)
            {
                writer.WriteLine(PartLine(part));
            }
        }
        var sequential = timings.Where(t => !t.Overlapped).ToList();
        var wall = total.Elapsed - sequential.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
        var cpu = total.Cpu - sequential.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Cpu);
        var paused = total.GcPaused - sequential.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.GcPaused);
        var allocated = total.Allocated - sequential.Sum(t => t.Allocated);
        writer.WriteLine(Line(new PhaseTiming("other", Max(wall), Max(cpu)) { GcPaused = Max(paused), Allocated = Math.Max(0, allocated) }));
        writer.WriteLine(Line(total));
        writer.WriteLine(GcLine());
    }

    // A large build's time and memory are as much the collector's as the code's: how often it ran, how long it held
    // every thread, how much was allocated and the most the heap grew to, so that a change to the model's size shows here.
    private static string GcLine()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        return string.Create(CultureInfo.InvariantCulture,
            $"  gc: {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, allocated {GC.GetTotalAllocatedBytes() >> 20} MiB, heap now {info.HeapSizeBytes >> 20} MiB");
    }

    // A part has no wall time of its own (its jobs ran interleaved with others); the CPU column is its jobs' time, and
    // the last its jobs' allocations, under the phase's.
    private static string PartLine(PhaseTiming part) =>
        string.Create(CultureInfo.InvariantCulture, $"  {part.Phase,-17} {part.Cpu.TotalMilliseconds,9:0.0} {"",8} {Mebibytes(part),10:0.0}");

    private static double Mebibytes(PhaseTiming timing) => timing.Allocated / 1048576.0;

    private static TimeSpan Max(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;

    // An overlapped phase is marked after its figures: it ran beside the phases around it. The collector's pauses are
    // the process's, so a phase that ran beside others shows none of its own.
    private static string Line(PhaseTiming timing) =>
        string.Create(CultureInfo.InvariantCulture, $"{timing.Phase,-10} {timing.Elapsed.TotalMilliseconds,8:0.0} {timing.Cpu.TotalMilliseconds,9:0.0}{(timing.Overlapped ? "  (beside load and model)" : $" {timing.GcPaused.TotalMilliseconds,8:0.0} {Mebibytes(timing),10:0.0}")}");
}
