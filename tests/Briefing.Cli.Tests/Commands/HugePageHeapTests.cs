using System.Globalization;
using System.Runtime.InteropServices;
using Briefing.Cli.Commands;

namespace Briefing.Cli.Tests.Commands;

public class HugePageHeapTests
{
    private const string Maps = """
        00400000-00401000 r--p 00000000 fe:00 1234                               /usr/bin/briefing
        00401000-0110f000 r-xp 00001000 fe:00 1234                               /usr/bin/briefing
        0110f000-01120000 rw-p 00000000 00:00 0
        02000000-02100000 rw-p 00000000 00:00 0                                  [heap]
        7f0000000000-7f0000021000 rw-p 00000000 00:00 0
        7f0000021000-7f0004000000 ---p 00000000 00:00 0
        7f0004000000-7f0004001000 rw-p 00000000 00:00 0
        7f0008000000-7f0008200000 rw-s 00000000 00:01 77                         /dev/shm/x
        7f0008200000-7f0008400000 rw-p 00000000 00:00 0
        7f0008400000-7f0008500000 r--p 00000000 fe:00 99                         /usr/lib/libc.so.6
        7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]
        """;

    [Fact]
    public void Runs_are_the_anonymous_private_mappings_with_touching_neighbours_merged()
    {
        var runs = HugePageHeap.AnonymousRuns(Maps.ReplaceLineEndings("\n"));

        Assert.Equal(
            [(0x0110f000UL, 0x01120000UL), (0x7f0000000000UL, 0x7f0004001000UL), (0x7f0008200000UL, 0x7f0008400000UL)],
            runs);
    }

    [Fact]
    public void Malformed_lines_are_skipped()
    {
        var runs = HugePageHeap.AnonymousRuns("nonsense\n7f00-7e00 rw-p 00000000 00:00 0\nzz-7f00 rw-p 00000000 00:00 0\n\n");

        Assert.Empty(runs);
    }

    [Fact]
    public void After_advice_the_collectors_heap_is_marked_for_huge_pages()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var probe = new byte[64];
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        var address = (ulong)handle.AddrOfPinnedObject();
        handle.Free();

        Assert.True(HugePageHeap.Advise() > 0);

        // smaps lists each mapping's flags; "hg" is MADV_HUGEPAGE.
        Assert.Contains("hg", FlagsOfMappingHolding(address));
    }

    private static string[] FlagsOfMappingHolding(ulong address)
    {
        var holding = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash
                && ulong.TryParse(line.AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
                && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end))
            {
                holding = start <= address && address < end;
            }
            else if (holding && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }
        throw new InvalidOperationException($"no mapping holds {address:x}");
    }
}
