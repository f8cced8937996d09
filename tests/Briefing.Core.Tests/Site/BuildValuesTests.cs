using Briefing.Core.Site;

namespace Briefing.Core.Tests.Site;

/// <summary>What the jobs of one build share is made once, and only for the reads it was made from.</summary>
public class BuildValuesTests
{
    [Fact]
    public void A_value_asked_for_again_with_the_same_reads_is_made_once()
    {
        var values = new BuildValues();
        var made = 0;
        object[] reads = ["a", 1];

        var first = values.Get("key", reads, () => new object[] { Interlocked.Increment(ref made) });
        var second = values.Get("key", ["a", 1], () => new object[] { Interlocked.Increment(ref made) });

        Assert.Same(first, second);
        Assert.Equal(1, made);
    }

    [Fact]
    public void Other_reads_get_a_value_of_their_own()
    {
        var values = new BuildValues();

        var first = values.Get("key", ["a"], () => "made from a");
        var other = values.Get("key", ["b"], () => "made from b");
        var again = values.Get("key", ["a"], () => "made from a again");

        Assert.Equal("made from a", first);
        Assert.Equal("made from b", other);
        Assert.Same(first, again);
    }

    [Fact]
    public void Many_threads_asking_at_once_share_one_value()
    {
        var values = new BuildValues();
        var made = 0;

        var got = Enumerable.Range(0, 64).AsParallel().Select(_ => values.Get("key", [], () =>
        {
            Interlocked.Increment(ref made);
            Thread.Sleep(10);
            return new object();
        })).ToList();

        Assert.Equal(1, made);
        Assert.All(got, value => Assert.Same(got[0], value));
    }
}
