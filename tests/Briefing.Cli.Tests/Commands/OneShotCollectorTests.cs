using System.Runtime;
using Briefing.Cli.Commands;

namespace Briefing.Cli.Tests.Commands;

public class OneShotCollectorTests
{
    [Fact]
    public void A_second_build_in_the_same_process_neither_throws_nor_leaves_background_collection_on()
    {
        OneShotCollector.PreferThroughput();
        OneShotCollector.PreferThroughput();
        Assert.Contains(GCSettings.LatencyMode, new[] { GCLatencyMode.NoGCRegion, GCLatencyMode.Batch });
        // Past the small-site budget the collector takes over again, in batch mode.
        for (var i = 0; i < (OneShotCollector.SmallSiteBytes >> 20) + 16; i++)
        {
            GC.KeepAlive(new byte[1 << 20]);
        }
        GC.Collect();
        Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
    }
}
