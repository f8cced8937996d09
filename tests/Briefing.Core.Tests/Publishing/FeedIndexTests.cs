using Briefing.Core.Publishing;
using Briefing.Core.Site;

namespace Briefing.Core.Tests.Publishing;

/// <summary>
/// The feeds' entries are kept between builds per source (by its key's identity), and their lists edited rather than
/// sorted again: both must give what making and sorting every entry afresh gives.
/// </summary>
public sealed class FeedIndexTests
{
    private static readonly string[] Topics = ["/tags/a/", "/tags/b/", "/tags/c/"];
    private readonly List<string> _made = [];

    [Fact]
    public void An_update_makes_the_entries_of_the_changed_source_only_and_equals_an_index_made_afresh()
    {
        var sources = Enumerable.Range(1, 20).Select(n => Source($"s{n}", n, Topics[n % 3])).ToList();
        var last = FeedIndex.Update(null, sources);
        _made.Clear();

        // s7 is edited: a new key (a new object, as the model makes for a changed file) with another day and topic.
        sources[6] = Source("s7", 25, "/tags/c/");
        var updated = FeedIndex.Update(last, sources);
        Assert.Equal(["s7"], _made);
        Assert.Equal(1, updated.Made);

        AssertSame(FeedIndex.Update(null, sources), updated);
        Assert.Equal("s7 day 25", updated.Newest[0].Title);
        Assert.DoesNotContain(updated.NewestOn("/tags/b/"), e => e.Title.StartsWith("s7 ", StringComparison.Ordinal));
        Assert.Same(last.Newest.Single(e => e.Title == "s1 day 1"), updated.Newest.Single(e => e.Title == "s1 day 1"));
    }

    [Fact]
    public void A_source_gone_takes_its_entries_with_it_and_a_topic_left_empty_has_none()
    {
        var sources = Enumerable.Range(1, 20).Select(n => Source($"s{n}", n, "/tags/a/")).ToList();
        sources.Add(Source("lone", 3, "/tags/z/"));
        var last = FeedIndex.Update(null, sources);

        sources.RemoveAt(sources.Count - 1);
        sources.RemoveAt(19);
        var updated = FeedIndex.Update(last, sources);

        AssertSame(FeedIndex.Update(null, sources), updated);
        Assert.Equal("s19 day 19", updated.Newest[0].Title);
        Assert.Empty(updated.NewestOn("/tags/z/"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_edits_give_the_index_made_afresh_even_where_sources_share_a_day_and_url(bool sharedUrls)
    {
        var random = new Random(20261130);
        FeedSource RandomSource(Random random, int n) => FeedIndexTests.RandomSource(random, n, sharedUrls);
        var sources = Enumerable.Range(0, 120).Select(n => RandomSource(random, n)).ToList();
        var index = FeedIndex.Update(null, sources);
        for (var edit = 0; edit < 300; edit++)
        {
            // One to three sources replaced, added, removed or moved, as one save or a few do.
            for (var change = random.Next(1, 4); change > 0; change--)
            {
                var at = random.Next(sources.Count);
                switch (random.Next(4))
                {
                    case 0: sources[at] = RandomSource(random, 1000 + edit); break;
                    case 1: sources.Insert(at, RandomSource(random, 2000 + edit)); break;
                    case 2: sources.RemoveAt(at); break;
                    default:
                        var moved = sources[at];
                        sources.RemoveAt(at);
                        sources.Insert(random.Next(sources.Count + 1), moved);
                        break;
                }
            }
            index = FeedIndex.Update(index, sources);
            AssertSame(FeedIndex.Update(null, sources), index);
        }
    }

    [Fact]
    public void Newest_entries_are_the_first_of_a_stable_sort_of_all_newest_first_then_by_url_descending()
    {
        var random = new Random(20261130);
        for (var round = 0; round < 200; round++)
        {
            // Few days and few URLs, so that many entries tie on the day or on both.
            var entries = Enumerable.Range(0, random.Next(0, 160)).Select(i => Entry($"entry {i}", $"https://x.org/{random.Next(6)}/", 1 + random.Next(4), [])).ToList();
            var capacity = random.Next(0, 60);
            var newest = new NewestEntries(capacity);
            entries.ForEach(newest.Offer);

            var sorted = entries.OrderByDescending(e => e.Updated).ThenByDescending(e => e.Url, StringComparer.Ordinal).Take(capacity);
            Assert.Equal(Titles(sorted), Titles(newest.ToArray()));
        }
    }

    // A build that keeps nothing for a next one keeps only the newest of each feed: the same feeds, more entries than a
    // feed carries, ties on the day and on day and URL among them.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_newest_only_index_carries_the_feeds_of_an_index_of_every_entry(bool sharedUrls)
    {
        var random = new Random(20261202);
        for (var round = 0; round < 20; round++)
        {
            var sources = Enumerable.Range(0, random.Next(0, 200)).Select(n => RandomSource(random, n, sharedUrls)).ToList();

            var newestOnly = FeedIndex.NewestOnly(sources);

            AssertSame(FeedIndex.Update(null, sources), newestOnly);
            Assert.Equal(sources.Count, newestOnly.Made);
        }
    }

    [Fact]
    public void An_update_from_a_newest_only_index_makes_every_entry_afresh()
    {
        var sources = Enumerable.Range(1, 80).Select(n => Source($"s{n}", 1 + n % 28, Topics[n % 3])).ToList();
        var last = FeedIndex.NewestOnly(sources);
        _made.Clear();

        var updated = FeedIndex.Update(last, sources);

        Assert.Equal(80, _made.Count);
        AssertSame(FeedIndex.Update(null, sources), updated);
    }

    private static void AssertSame(FeedIndex expected, FeedIndex actual)
    {
        Assert.Equal(Titles(expected.Newest), Titles(actual.Newest));
        foreach (var topic in Topics.Append("/tags/z/"))
        {
            Assert.Equal(Titles(expected.NewestOn(topic)), Titles(actual.NewestOn(topic)));
        }
    }

    private static List<string> Titles(IEnumerable<FeedEntry> entries) => [.. entries.Select(e => e.Title)];

    private static FeedEntry Entry(string title, string url, int day, string[] topics) =>
        new($"id-{title}", title, url, new DateOnly(2025, 1, day), new DateOnly(2025, 1, day), "A", "S", []) { Topics = topics };

    // A source whose one entry is dated day 'day' of January 2025 and listed on 'topics'; each call is a new key.
    private FeedSource Source(string name, int day, params string[] topics) =>
        new(new object(), () =>
        {
            _made.Add(name);
            return [Entry($"{name} day {day}", $"https://x.org/{name}/", day, topics)];
        });

    // One to three entries over few days, so that many tie on the day; an event's later ones share its URL, as its
    // changes do. With shared URLs, sources share them too (two documents of one URL, as a duplicate slug gives), and
    // the order of the sources decides between some of their entries.
    private static FeedSource RandomSource(Random random, int n, bool sharedUrls)
    {
        var url = sharedUrls ? $"https://x.org/{random.Next(8)}/" : $"https://x.org/{n}/";
        var entries = Enumerable.Range(0, random.Next(1, 4))
            .Select(i => Entry($"source {n} entry {i}", i == 0 ? url : url + "#changes", 1 + random.Next(5), [.. Topics.Where(_ => random.Next(2) == 0)]))
            .ToArray();
        return new FeedSource(new object(), () => entries);
    }
}
