using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>
/// Every entry of one feed (the site's, or a topic's) in the feed's order (<see cref="FeedOrder"/>), and the newest it
/// carries. All of them, not just the newest: when one of those goes, the next takes its place. Never changed once made.
/// </summary>
internal sealed class FeedList
{
    private readonly FeedEntry[] _ordered;

    private FeedList(FeedEntry[] ordered)
    {
        _ordered = ordered;
        Newest = ordered.Length <= AtomFeed.MaxEntries ? ordered : ordered[..AtomFeed.MaxEntries];
    }

    public static FeedList Empty { get; } = new([]);

    /// <summary>The entries the feed carries, in its order.</summary>
    public IReadOnlyList<FeedEntry> Newest { get; }

    public int Count => _ordered.Length;

    /// <summary>The list of <paramref name="entries"/>, given in the order of their sources.</summary>
    public static FeedList Of(IEnumerable<FeedEntry> entries) => new(FeedOrder.Sort(entries));

    /// <summary>A list of entries already in the feed's order (a <see cref="NewestEntries"/>' own).</summary>
    public static FeedList Ordered(FeedEntry[] ordered) => new(ordered);

    /// <summary>
    /// This list without <paramref name="removed"/> and with the entries of <paramref name="added"/> (each source's, in
    /// its order): a copy and a binary search per entry. Null when that cannot say the order: an added entry has the
    /// same day and URL as another source's (two documents of one URL, which the build reports), where the sources'
    /// order decides, or a removed entry is not in the list.
    /// </summary>
    public FeedList? With(IReadOnlyList<FeedEntry> removed, IReadOnlyList<IReadOnlyList<FeedEntry>> added)
    {
        if (removed.Count == 0 && added.Count == 0)
        {
            return this;
        }
        var entries = new List<FeedEntry>(_ordered);
        foreach (var entry in removed)
        {
            var at = IndexOf(entries, entry);
            if (at < 0)
            {
                return null;
            }
            entries.RemoveAt(at);
        }
        foreach (var source in added)
        {
            foreach (var entry in source)
            {
                var at = FeedOrder.After(entries, entry);
                if (TiesWithAnother(entries, at, entry, source))
                {
                    return null;
                }
                entries.Insert(at, entry);
            }
        }
        return new FeedList([.. entries]);
    }

    // The entry itself (by reference) among those of its day and URL.
    private static int IndexOf(List<FeedEntry> entries, FeedEntry entry)
    {
        for (var at = FeedOrder.After(entries, entry) - 1; at >= 0 && FeedOrder.Compare(entries[at], entry) == 0; at--)
        {
            if (ReferenceEquals(entries[at], entry))
            {
                return at;
            }
        }
        return -1;
    }

    // Whether an entry placed at 'at' would follow an equal one (same day and URL) that its own source did not give.
    private static bool TiesWithAnother(List<FeedEntry> entries, int at, FeedEntry entry, IReadOnlyList<FeedEntry> source)
    {
        for (var before = at - 1; before >= 0 && FeedOrder.Compare(entries[before], entry) == 0; before--)
        {
            if (!Contains(source, entries[before]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Contains(IReadOnlyList<FeedEntry> source, FeedEntry entry)
    {
        foreach (var own in source)
        {
            if (ReferenceEquals(own, entry))
            {
                return true;
            }
        }
        return false;
    }
}
