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
    public void Free_huge_blocks_are_the_blocks_of_order_nine_and_above_in_every_zone()
    {
        const string buddyinfo = """
            Node 0, zone      DMA      0      0      0      0      0      0      0      0      1      1      3
            Node 0, zone    DMA32      4      1      2      2      2      2      1      4      4      2    752
            Node 0, zone   Normal   1816    981    576    786    920    460    495    333    227    108    971
            """;

        // Order 9 is 2 MiB and order 10 4 MiB: (1 + 2 + 108) × 2 MiB + (3 + 752 + 971) × 4 MiB.
        Assert.Equal((111L * 2 + 1726L * 4) << 20, HugePageHeap.FreeHugeBlockBytes(buddyinfo.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void A_kernel_without_free_huge_blocks_counts_none()
    {
        Assert.Equal(0, HugePageHeap.FreeHugeBlockBytes("Node 0, zone   Normal   1816    981    576    786    920    460    495    333    227      0      0\n"));
        Assert.Equal(0, HugePageHeap.FreeHugeBlockBytes(""));
    }

    [Fact]
    public void After_advice_the_collectors_heap_is_marked_for_huge_pages()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        if (HugePageHeap.FreeHugeBlockBytes(File.ReadAllText("/proc/buddyinfo")) < HugePageHeap.MinFreeHugeBlockBytes)
        {
            // Memory too fragmented for huge pages without compacting it first: no advice at all.
            Assert.Equal(0, HugePageHeap.Advise());
            return;
        }
        var address = HugePageHeap.HeapAddress();

        Assert.True(HugePageHeap.Advise() > 0);

        // smaps lists each mapping's flags; "hg" is MADV_HUGEPAGE.
        Assert.Contains("hg", MappingHolding(address).Flags);
    }

    [Fact]
    public void The_heap_is_the_run_holding_the_address()
    {
        List<(ulong, ulong)> runs = [(0x1000, 0x3000), (0x7f0000000000, 0x7f4000000000)];
        Assert.Equal((0x7f0000000000UL, 0x7f4000000000UL), HugePageHeap.HeapRun(runs, 0x7f0000000000));
        Assert.Equal((0x1000UL, 0x3000UL), HugePageHeap.HeapRun(runs, 0x2fff));
        Assert.Null(HugePageHeap.HeapRun(runs, 0x3000));
        Assert.Null(HugePageHeap.HeapRun([], 0x2000));
    }

    [Fact]
    public void The_opened_part_starts_at_a_2_MiB_boundary_and_is_whole_pages_capped_by_memory()
    {
        const ulong MiB = 1UL << 20;
        const long GiB = 1L << 30;
        // A reservation of 256 GiB starting 0x44d000 past a boundary, on a machine of 24 GiB: 8 GiB from the next boundary.
        Assert.Equal((0x7f4552600000UL, HugePageHeap.OpenHeapBytes), HugePageHeap.OpenRange(0x7f455244d000, 0x7f455244d000 + (256UL << 30), 24 * GiB));
        // A container of 2 GiB: half of it.
        Assert.Equal((0x7f4552600000UL, 1024 * MiB), HugePageHeap.OpenRange(0x7f455244d000, 0x7f455244d000 + (256UL << 30), 2 * GiB));
        // A run shorter than the cap: its whole 2 MiB pages only.
        Assert.Equal((0x40000000UL, 6 * MiB), HugePageHeap.OpenRange(0x40000000, 0x40000000 + 7 * MiB, 24 * GiB));
        // A run that holds no whole 2 MiB page opens nothing.
        Assert.Equal(0UL, HugePageHeap.OpenRange(0x40001000, 0x40100000, 24 * GiB).Length);
    }

    [Fact]
    public void After_advice_the_start_of_the_collectors_reserved_heap_is_open()
    {
        if (!OperatingSystem.IsLinux() || HugePageHeap.FreeHugeBlockBytes(File.ReadAllText("/proc/buddyinfo")) < HugePageHeap.MinFreeHugeBlockBytes)
        {
            return;
        }
        var address = HugePageHeap.HeapAddress();
        Assert.True(HugePageHeap.Advise() > 0);
        var runs = HugePageHeap.AnonymousRuns(File.ReadAllText("/proc/self/maps"));
        var (runStart, runEnd) = HugePageHeap.HeapRun(runs, address) ?? throw new InvalidOperationException("no run holds the heap");
        var (start, length) = HugePageHeap.OpenRange(runStart, runEnd, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);

        // Far past anything this process committed: reserved and unusable before, readable, writable and dumped now.
        var inside = start + length / 2;
        var (permissions, flags) = MappingHolding(inside);
        Assert.Equal("rw-p", permissions);
        Assert.DoesNotContain("dd", flags);
    }

    private static (string Permissions, string[] Flags) MappingHolding(ulong address)
    {
        var permissions = "";
        var holding = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && HugePageHeap.AddressRange(line.AsSpan(0, space)) is var (start, end))
            {
                holding = start <= address && address < end;
                permissions = holding ? line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] : "";
            }
            else if (holding && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return (permissions, line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }
        throw new InvalidOperationException($"no mapping holds {address:x}");
    }
}
