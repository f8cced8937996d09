using Briefing.Core.Build;

namespace Briefing.Core.Tests.Build;

/// <summary>
/// The build cache's memo for values brought up to date from the last build's (the search index): the update
/// sees last build's value only while the cache holds it, and the cache holds it by the one eviction rule.
/// </summary>
public sealed class RenderMemoTests
{
    private readonly IncrementalCache _cache = new();

    [Fact]
    public void An_update_gets_nothing_on_the_first_build_and_last_builds_value_when_the_reads_change()
    {
        var first = Build(["a"], last => Value.After(last, "first"));
        var second = Build(["b"], last => Value.After(last, "second"));

        Assert.Equal(["first"], first.History);
        Assert.Equal(["first", "second"], second.History);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void Equal_reads_give_last_builds_value_without_updating()
    {
        var made = Build(["a", 1], last => Value.After(last, "made"));

        var again = Build(["a", 1], _ => throw new InvalidOperationException("equal reads must not update"));

        Assert.Same(made, again);
    }

    [Fact]
    public void A_value_no_build_used_is_dropped_so_the_next_update_starts_afresh()
    {
        Build(["a"], last => Value.After(last, "first"));
        _cache.BeginBuild();
        _cache.BeginRender("theme");
        _cache.EndBuild();

        var after = Build(["b"], last => Value.After(last, "after a build without it"));

        Assert.Equal(["after a build without it"], after.History);
    }

    [Fact]
    public void A_build_whose_update_failed_leaves_no_value_so_the_next_starts_afresh()
    {
        Build(["a"], last => Value.After(last, "first"));
        Assert.Throws<InvalidOperationException>(() => Build(["b"], _ => throw new InvalidOperationException("the build failed")));

        var retried = Build(["b"], last => Value.After(last, "retried"));

        Assert.Equal(["retried"], retried.History);
    }

    private Value Build(object[] reads, Func<Value?, Value> update)
    {
        _cache.BeginBuild();
        _cache.BeginRender("theme");
        try
        {
            return _cache.RememberUpdated("key", reads, update);
        }
        finally
        {
            _cache.EndBuild();
        }
    }

    /// <summary>A value that records which updates made it, each a new object.</summary>
    private sealed record Value(IReadOnlyList<string> History)
    {
        public static Value After(Value? last, string step) => new([.. last?.History ?? [], step]);
    }
}
