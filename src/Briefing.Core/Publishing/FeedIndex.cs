using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>
/// What the site feed and the topic feeds are made of: every document's entries (<see cref="ISitePart.FeedSources"/>),
/// all of them in the feeds' order, and those of each topic. Made once per build for every feed, and with a build
/// cache brought up to date from the last build's: the entries of a source whose key is the very same object are
/// kept, and only the lists the changed sources' entries were or are on are edited. A one-event edit so makes that
/// event's entries and re-sorts nothing, where making and sorting every entry was most of the feeds' cost.
/// </summary>
public sealed class FeedIndex
{
    // Above this share of sources added or removed, sorting everything afresh costs less than editing the lists.
    private const int AfreshAboveOneIn = 8;

    private readonly object[] _keys;
    private readonly IReadOnlyList<FeedEntry>[] _entries;
    private readonly FeedList _all;
    private readonly Dictionary<string, FeedList> _byTopic;

    private FeedIndex(object[] keys, IReadOnlyList<FeedEntry>[] entries, FeedList all, Dictionary<string, FeedList> byTopic, int made, bool whole = true)
    {
        _keys = keys;
        _entries = entries;
        _all = all;
        _byTopic = byTopic;
        Made = made;
        _whole = whole;
    }

    // False for an index that keeps only the entries its feeds carry (NewestOnly): nothing to bring up to date from.
    private readonly bool _whole;

    /// <summary>The entries the site feed carries, in its order.</summary>
    public IReadOnlyList<FeedEntry> Newest => _all.Newest;

    /// <summary>How many sources' entries were made rather than kept from the last index.</summary>
    public int Made { get; }

    /// <summary>The entries the feed of the list page at <paramref name="topic"/> carries, in its order (see <see cref="FeedEntry.Topics"/>).</summary>
    public IReadOnlyList<FeedEntry> NewestOn(string topic) => _byTopic.TryGetValue(topic, out var list) ? list.Newest : [];

    /// <summary>
    /// The index of this build: last build's while the model's parts are the same (the build cache keeps a part made
    /// from the very same sources), else brought up to date from it. The parts' sources are all the entries are made
    /// from, besides the configuration and base URL, on whose change the cache forgets every value.
    /// </summary>
    public static FeedIndex Shared(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parts = context.Site.Parts;
        FeedSource[] Sources() => [.. parts.SelectMany(p => p.FeedSources(context.Site.Config, context.Absolute))];
        return context.KeepsValuesBetweenBuilds
            ? context.RememberUpdated<FeedIndex>("feed-index", [.. parts], last => Update(last, Sources()))
            : context.Remember("feed-index", [.. parts], () => NewestOnly(Sources()));
    }

    /// <summary>
    /// The index of <paramref name="sources"/> for a build that keeps nothing for a next one: the same feeds as
    /// <see cref="Update"/> without a last index gives, made by offering each entry to a list of the newest of each
    /// feed (<see cref="NewestEntries"/>) rather than sorting them all. At 100,000 events sorting every entry, and
    /// every topic's, was a third of the time the feeds took, on one core while the jobs were listed.
    /// </summary>
    public static FeedIndex NewestOnly(IReadOnlyList<FeedSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var all = new NewestEntries(AtomFeed.MaxEntries);
        var byTopic = new Dictionary<string, NewestEntries>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var entry in source.Make())
            {
                all.Offer(entry);
                foreach (var topic in entry.Topics)
                {
                    (byTopic.TryGetValue(topic, out var newest) ? newest : byTopic[topic] = new NewestEntries(AtomFeed.MaxEntries)).Offer(entry);
                }
            }
        }
        return new FeedIndex([], [], FeedList.Ordered(all.ToArray()), byTopic.ToDictionary(t => t.Key, t => FeedList.Ordered(t.Value.ToArray()), StringComparer.Ordinal),
            sources.Count, whole: false);
    }

    /// <summary>
    /// The index of <paramref name="sources"/>, taking from <paramref name="last"/> (when given) the entries of every
    /// source whose key is the very same object. Equal to the index made without <paramref name="last"/>: a key covers
    /// everything its entries are made from, and the lists are edited into the order sorting them afresh gives.
    /// </summary>
    public static FeedIndex Update(FeedIndex? last, IReadOnlyList<FeedSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (last is { _whole: false })
        {
            last = null;
        }
        var keys = new object[sources.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = sources[i].Key;
        }
        var matches = last is null ? null : SameObjects.Match(last._keys, keys);
        var entries = new IReadOnlyList<FeedEntry>[keys.Length];
        var added = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (matches is not null && matches[i] >= 0)
            {
                entries[i] = last!._entries[matches[i]];
                continue;
            }
            entries[i] = sources[i].Make();
            added.Add(i);
        }
        var removed = last is null ? [] : Unmatched(last._keys.Length, matches!);
        // A kept source that moved among the others may change which of two entries of the same day and URL comes first.
        if (last is null || (added.Count + removed.Count) * AfreshAboveOneIn > Math.Max(keys.Length, last._keys.Length) || Moved(matches!))
        {
            return Afresh(keys, entries, added.Count);
        }
        var gone = removed.Select(j => last._entries[j]).ToList();
        var come = added.Select(i => entries[i]).ToList();
        var all = last._all.With([.. gone.SelectMany(e => e)], come) ?? FeedList.Of(entries.SelectMany(e => e));
        return new FeedIndex(keys, entries, all, ByTopic(last._byTopic, gone, come, entries), added.Count);
    }

    // Whether the kept sources are not in the order they had.
    private static bool Moved(int[] matches)
    {
        var previous = -1;
        foreach (var match in matches)
        {
            if (match >= 0)
            {
                if (match < previous)
                {
                    return true;
                }
                previous = match;
            }
        }
        return false;
    }

    // The positions of last build's sources that no source of this build took.
    private static List<int> Unmatched(int count, int[] matches)
    {
        var taken = new bool[count];
        foreach (var match in matches)
        {
            if (match >= 0)
            {
                taken[match] = true;
            }
        }
        var unmatched = new List<int>();
        for (var j = 0; j < count; j++)
        {
            if (!taken[j])
            {
                unmatched.Add(j);
            }
        }
        return unmatched;
    }

    // Last build's lists by topic, with those the gone and the new entries are on edited: the others are kept as they were.
    private static Dictionary<string, FeedList> ByTopic(Dictionary<string, FeedList> last, List<IReadOnlyList<FeedEntry>> gone, List<IReadOnlyList<FeedEntry>> come, IReadOnlyList<FeedEntry>[] entries)
    {
        var byTopic = new Dictionary<string, FeedList>(last, StringComparer.Ordinal);
        var topics = gone.Concat(come).SelectMany(e => e).SelectMany(e => e.Topics).Distinct(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            var list = last.GetValueOrDefault(topic) ?? FeedList.Empty;
            var edited = list.With([.. gone.SelectMany(e => e).Where(e => On(e, topic))], [.. come.Select(e => e.Where(x => On(x, topic)).ToList()).Where(e => e.Count > 0)])
                ?? FeedList.Of(entries.SelectMany(e => e).Where(e => On(e, topic)));
            if (edited.Count == 0)
            {
                byTopic.Remove(topic);
            }
            else
            {
                byTopic[topic] = edited;
            }
        }
        return byTopic;
    }

    private static FeedIndex Afresh(object[] keys, IReadOnlyList<FeedEntry>[] entries, int made)
    {
        var byTopic = new Dictionary<string, List<FeedEntry>>(StringComparer.Ordinal);
        foreach (var source in entries)
        {
            foreach (var entry in source)
            {
                foreach (var topic in entry.Topics)
                {
                    (byTopic.TryGetValue(topic, out var list) ? list : byTopic[topic] = []).Add(entry);
                }
            }
        }
        return new FeedIndex(keys, entries, FeedList.Of(entries.SelectMany(e => e)), byTopic.ToDictionary(t => t.Key, t => FeedList.Of(t.Value), StringComparer.Ordinal), made);
    }

    private static bool On(FeedEntry entry, string topic)
    {
        foreach (var own in entry.Topics)
        {
            if (string.Equals(own, topic, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
