using System.Collections.Concurrent;

namespace Briefing.Core.Site;

/// <summary>
/// Values that several jobs of one build share, for a build without a build cache (<c>build</c>, <c>check</c>): each is
/// made once, by the first job that asks, instead of once per job. Without this the search index was made twice in every
/// build, once by its job and again, on one thread, for the files handed over after the jobs (<see cref="IAfterRenderGenerator"/>).
/// A value is handed out only for the reads it was made from; other reads get a value made for them, not kept.
/// </summary>
internal sealed class BuildValues
{
    private readonly ConcurrentDictionary<string, (IReadOnlyList<object> Reads, Lazy<object> Value)> _values = new(StringComparer.Ordinal);

    public T Get<T>(string key, IReadOnlyList<object> reads, Func<T> make)
        where T : class
    {
        var entry = _values.GetOrAdd(key, _ => (reads, new Lazy<object>(make, LazyThreadSafetyMode.ExecutionAndPublication)));
        return RenderJob.SameReads(entry.Reads, reads) && entry.Value.Value is T value ? value : make();
    }
}
