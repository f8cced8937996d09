using Briefing.Cli.Commands;
using static Briefing.Cli.Commands.ModelCollections;

namespace Briefing.Cli.Tests.Commands;

public class ModelCollectionsTests
{
    private const long MiB = 1 << 20;
    private const long FirstBody = -1;

    [Fact]
    public void A_small_build_stays_in_its_no_collection_region()
    {
        // 1,000 pages load about 15 MiB: the whole build fits the region.
        Assert.Equal(Step.None, Decide(FirstBody, allocated: 400 * MiB, byBuild: 15 * MiB, inRegion: true).Step);
    }

    [Fact]
    public void A_build_whose_loading_filled_the_threshold_leaves_the_region_at_its_first_body()
    {
        Assert.Equal(Step.EndRegion, Decide(FirstBody, allocated: 500 * MiB, byBuild: LargeLoadBytes, inRegion: true).Step);
        Assert.Equal(Step.EndRegion, Decide(FirstBody, allocated: 500 * MiB, byBuild: 115 * MiB, inRegion: true).Step);
    }

    [Fact]
    public void Inside_the_region_nothing_is_collected_however_much_is_allocated()
    {
        var (step, next) = Decide(due: 100 * MiB, allocated: 900 * MiB, byBuild: 800 * MiB, inRegion: true);
        Assert.Equal(Step.None, step);
        // Looked at again one interval on, in case the region has ended by then.
        Assert.Equal(900 * MiB + IntervalBytes, next);
    }

    [Fact]
    public void Outside_a_region_the_first_body_sets_the_pace_and_each_interval_after_it_collects()
    {
        var (first, due) = Decide(FirstBody, allocated: 200 * MiB, byBuild: 150 * MiB, inRegion: false);
        Assert.Equal(Step.None, first);
        Assert.Equal(200 * MiB + IntervalBytes, due);

        var (second, next) = Decide(due, allocated: due + 3 * MiB, byBuild: 190 * MiB, inRegion: false);
        Assert.Equal(Step.Collect, second);
        Assert.Equal(due + 3 * MiB + IntervalBytes, next);
    }

    [Fact]
    public void A_paced_build_with_a_heap_of_10000_pages_renders_in_a_region_of_its_own()
    {
        Assert.Equal(Step.StartRegion, BeforeRender(due: 300 * MiB, inRegion: false, heapBytes: 140 * MiB));
        Assert.Equal(Step.StartRegion, BeforeRender(due: 300 * MiB, inRegion: false, heapBytes: RenderRegionMaxHeapBytes));
    }

    [Fact]
    public void A_paced_build_with_a_heap_too_large_for_a_full_collection_collects_its_young_generation_instead()
    {
        // 100,000 events hold about 1.5 GiB when their model is built.
        Assert.Equal(Step.Collect, BeforeRender(due: 300 * MiB, inRegion: false, heapBytes: 1536 * MiB));
        Assert.Equal(Step.Collect, BeforeRender(due: 300 * MiB, inRegion: false, heapBytes: RenderRegionMaxHeapBytes + 1));
    }

    [Fact]
    public void A_build_that_was_never_paced_is_left_alone_as_its_model_is_finished()
    {
        // A small site still in its no-collection region, and a site whose model rendered no body at all.
        Assert.Equal(Step.None, BeforeRender(due: 300 * MiB, inRegion: true, heapBytes: 40 * MiB));
        Assert.Equal(Step.None, BeforeRender(FirstBody, inRegion: false, heapBytes: 40 * MiB));
    }
}
