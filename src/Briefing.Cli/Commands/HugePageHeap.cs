using System.Globalization;
using System.Runtime.InteropServices;

namespace Briefing.Cli.Commands;

/// <summary>
/// Asks Linux to back the process's anonymous memory, the collector's heap above all, with 2 MiB pages where it can
/// (transparent huge pages), as the system setting <c>always</c> would for every process. Most distributions ship
/// <c>madvise</c>, which gives huge pages only to memory that asks for them, and .NET's collector does not ask.
/// <para>
/// Why: a build is short-lived and touches fresh memory for most of what it allocates, and every 4 KiB page it touches
/// first is a page fault. On this project's build machines (virtual, 2 cores) a fault costs about 15 µs, and the real
/// site's cold build spent a third of its time in them. With 2 MiB pages, one fault maps 512 pages' worth. Measured
/// 2026-12-02 with the system switched between <c>madvise</c> and <c>always</c>, same binary, interleaved: the real
/// site 90 -> 60 ms, the peer corpus 1,000 pages 0.44 -> 0.21 s, 10,000 pages 2.96 -> 1.74 s, peak memory within
/// 3 % (bench/README.md, seventeenth session).
/// </para>
/// <para>
/// Only memory mapped when this runs is advised: the collector reserves its whole heap's address range at start-up,
/// so that is covered; thread stacks made later and files mapped later are not. The advice is a hint: a kernel
/// without transparent huge pages, or set to <c>never</c>, ignores it, and so does this class when it cannot read
/// the process's mappings. Output does not depend on it.
/// </para>
/// <para>
/// The kernel gives an advised page fault a huge page from free memory, or, when it has no free 2 MiB block, stops the
/// fault to compact memory into one (<c>defrag</c> is <c>madvise</c> by default). That can stall a build for seconds:
/// a C program touching 256 MB took 55 to 75 ms with the advice and 1.1 s when the kernel had to compact first
/// (bench/README.md, fourteenth session). So nothing is advised unless the kernel already holds
/// <see cref="MinFreeHugeBlockBytes"/> in free blocks of 2 MiB or more (<c>/proc/buddyinfo</c>).
/// </para>
/// </summary>
internal static class HugePageHeap
{
    private const int MadvHugepage = 14;

    /// <summary>Free memory in 2 MiB blocks below which the advice is not given: more than a 10,000-page build touches.</summary>
    internal const long MinFreeHugeBlockBytes = 1L << 30;

    // Order 9 is a block of 512 pages of 4 KiB: one huge page.
    private const int HugePageOrder = 9;

    /// <summary>Advises every anonymous mapping of the process; returns how many runs of them were advised.</summary>
    public static int Advise()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }
        if (ReadProcFile("/proc/buddyinfo") is not { } buddyinfo || FreeHugeBlockBytes(buddyinfo) < MinFreeHugeBlockBytes
            || ReadProcFile("/proc/self/maps") is not { } maps)
        {
            return 0;
        }
        var advised = 0;
        var runs = AnonymousRuns(maps);
        foreach (var (start, end) in runs)
        {
            // A failure (an old kernel, a mapping that refuses the advice) costs only the speed-up.
            if (madvise((nint)start, (nuint)(end - start), MadvHugepage) == 0)
            {
                advised++;
            }
        }
        OpenHeap(runs);
        return advised;
    }

    /// <summary>How much of the collector's reserved heap <see cref="OpenHeap"/> opens: more than 100,000 events reach into.</summary>
    internal const ulong OpenHeapBytes = 8UL << 30;

    private const ulong HugePageBytes = 4096UL << HugePageOrder;

    private const int ProtReadWrite = 3;

    private const int MadvDoDump = 17;

    /// <summary>
    /// Makes the start of the collector's reserved heap readable, writable and part of a core dump, as the collector
    /// makes each piece it commits, so that its commits change nothing and leave the mapping whole.
    /// <para>
    /// Why: the collector reserves its heap unusable and left out of core dumps, then commits what it needs as it needs
    /// it, often 64 KiB at a time, each commit an <c>mprotect</c> and an <c>madvise(MADV_DODUMP)</c> that splits the
    /// mapping at the piece's ends. Linux gives a fault a 2 MiB page only when the whole 2 MiB around it lies in one
    /// mapping, so memory committed in pieces was backed 4 KiB at a time, a fault each, however it was advised: at
    /// 100,000 events 330,000 faults a build, most of them in the allocator clearing the young generation. Opened
    /// beforehand, the pieces the collector commits are already what it asks for. Memory is used only where it is
    /// touched; what opening costs is address space counted against the system's commit limit, and a kernel that
    /// refuses it (strict overcommit, too little memory) leaves the heap as it was. Measured 2026-12-03, native binary,
    /// same host, one run each: 100,000 events 27.0 -> 23.5 s, minor faults 330,000 -> 105,000, 2 MiB pages faulted
    /// 642 -> 1,432 MiB; 10,000 pages minor faults 9,600 -> 2,650.
    /// </para>
    /// </summary>
    private static void OpenHeap(List<(ulong Start, ulong End)> runs)
    {
        if (HeapRun(runs, HeapAddress()) is not var (runStart, runEnd))
        {
            return;
        }
        var (start, length) = OpenRange(runStart, runEnd, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        if (length == 0 || mprotect((nint)start, (nuint)length, ProtReadWrite) != 0)
        {
            return;
        }
        _ = madvise((nint)start, (nuint)length, MadvDoDump);
    }

    /// <summary>
    /// The part of the heap's run <see cref="OpenHeap"/> opens: from its first 2 MiB boundary, whole 2 MiB pages, at most
    /// <see cref="OpenHeapBytes"/> and at most half the memory the process may use (a small machine or container
    /// counts less against its commit limit).
    /// </summary>
    internal static (ulong Start, ulong Length) OpenRange(ulong runStart, ulong runEnd, long availableMemory)
    {
        var start = (runStart + HugePageBytes - 1) & ~(HugePageBytes - 1);
        var limit = Math.Min(OpenHeapBytes, (ulong)Math.Max(0L, availableMemory / 2));
        var length = start < runEnd ? Math.Min(runEnd - start, limit) & ~(HugePageBytes - 1) : 0;
        return (start, length);
    }

    /// <summary>The run of <paramref name="runs"/> that holds <paramref name="address"/>, or null.</summary>
    internal static (ulong Start, ulong End)? HeapRun(List<(ulong Start, ulong End)> runs, ulong address)
    {
        foreach (var run in runs)
        {
            if (run.Start <= address && address < run.End)
            {
                return run;
            }
        }
        return null;
    }

    /// <summary>Where an object the collector has just placed lies: inside its reserved heap.</summary>
    internal static ulong HeapAddress()
    {
        var handle = GCHandle.Alloc(new byte[16], GCHandleType.Pinned);
        try
        {
            return (ulong)handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>
    /// The bytes free in blocks of a huge page or more, from the text of <c>/proc/buddyinfo</c>: one line per memory
    /// zone, "Node 0, zone Normal" then the number of free blocks of each order, 4 KiB pages times 2 to the order.
    /// </summary>
    internal static long FreeHugeBlockBytes(string buddyinfo)
    {
        long bytes = 0;
        foreach (var line in buddyinfo.Split('\n'))
        {
            var zone = line.IndexOf("zone", StringComparison.Ordinal);
            if (zone < 0)
            {
                continue;
            }
            var fields = line[(zone + 4)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // fields[0] is the zone's name; fields[1 + order] the free blocks of that order.
            for (var order = HugePageOrder; order + 1 < fields.Length; order++)
            {
                if (long.TryParse(fields[order + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var blocks))
                {
                    bytes += blocks * (4096L << order);
                }
            }
        }
        return bytes;
    }

    private static string? ReadProcFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The process's anonymous private mappings in <paramref name="maps"/> (the text of <c>/proc/self/maps</c>), with
    /// neighbours that touch merged into one run, so that one call advises a run: the collector's heap is hundreds
    /// of mappings side by side (reserved, committed, reserved …). File mappings, shared mappings and the kernel's
    /// named ones (<c>[stack]</c>, <c>[vdso]</c>, <c>[heap]</c> …) are left alone.
    /// </summary>
    internal static List<(ulong Start, ulong End)> AnonymousRuns(string maps)
    {
        var runs = new List<(ulong Start, ulong End)>();
        foreach (var line in maps.Split('\n'))
        {
            if (Anonymous(line) is not var (start, end))
            {
                continue;
            }
            if (runs.Count > 0 && runs[^1].End == start)
            {
                runs[^1] = (runs[^1].Start, end);
            }
            else
            {
                runs.Add((start, end));
            }
        }
        return runs;
    }

    // "7f37...-7f37... rw-p 00000000 00:00 0" and nothing after the inode: an anonymous private mapping.
    private static (ulong Start, ulong End)? Anonymous(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5 || fields[1].Length != 4 || fields[1][3] != 'p' || fields[4] != "0")
        {
            return null;
        }
        return AddressRange(fields[0]);
    }

    /// <summary>A mapping's addresses as <c>/proc/self/maps</c> and <c>smaps</c> write them, <c>7f37…-7f37…</c>; null for anything else.</summary>
    internal static (ulong Start, ulong End)? AddressRange(ReadOnlySpan<char> field)
    {
        var dash = field.IndexOf('-');
        if (dash < 0
            || !ulong.TryParse(field[..dash], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
            || !ulong.TryParse(field[(dash + 1)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end)
            || end <= start)
        {
            return null;
        }
        return (start, end);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(nint address, nuint length, int advice);

    [DllImport("libc", SetLastError = true)]
    private static extern int mprotect(nint address, nuint length, int protection);
}
