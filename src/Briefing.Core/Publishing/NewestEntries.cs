using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>
/// The order of a feed: newest first, entries of the same day by URL descending (a briefing's later version first),
/// entries of the same day and URL in the order they are given.
/// </summary>
public static class FeedOrder
{
    /// <summary>Negative when <paramref name="one"/> comes before <paramref name="other"/>, zero when the order given decides (same day and URL).</summary>
    public static int Compare(FeedEntry one, FeedEntry other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        var byDay = other.Updated.CompareTo(one.Updated);
        return byDay != 0 ? byDay : string.CompareOrdinal(other.Url, one.Url);
    }

    /// <summary><paramref name="entries"/>, in the order given, sorted into the feed's order (a stable sort).</summary>
    public static FeedEntry[] Sort(IEnumerable<FeedEntry> entries) =>
        [.. entries.OrderByDescending(e => e.Updated).ThenByDescending(e => e.Url, StringComparer.Ordinal)];

    /// <summary>
    /// Where <paramref name="entry"/> goes among <paramref name="ordered"/> (in the feed's order) when given after all of
    /// them: after every entry that does not come after it.
    /// </summary>
    public static int After(IReadOnlyList<FeedEntry> ordered, FeedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var (low, high) = (0, ordered.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Compare(entry, ordered[middle]) < 0)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }
}

/// <summary>
/// The first entries, at most <c>capacity</c>, in the feed's order (<see cref="FeedOrder"/>) of all those offered to it:
/// what sorting every entry and taking the first gives, without sorting those it will not keep.
/// </summary>
public sealed class NewestEntries(int capacity)
{
    private readonly List<FeedEntry> _newest = new(capacity);

    public void Offer(FeedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (capacity == 0 || (_newest.Count == capacity && FeedOrder.Compare(entry, _newest[^1]) >= 0))
        {
            return;
        }
        if (_newest.Count == capacity)
        {
            _newest.RemoveAt(capacity - 1);
        }
        _newest.Insert(FeedOrder.After(_newest, entry), entry);
    }

    public FeedEntry[] ToArray() => [.. _newest];
}
