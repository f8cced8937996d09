using Briefing.Core.Publishing.Search;

namespace Briefing.Core.Tests.Publishing.Search;

public sealed class KnownTermsTests
{
    [Fact]
    public void Every_term_gets_the_number_the_pool_gives_it_before_and_after_the_table_grows()
    {
        var pool = new TermPool();
        var known = new KnownTerms();
        // Enough distinct terms to grow the table several times, each asked for twice, and in another order the second time.
        var terms = Enumerable.Range(0, 5000).Select(i => $"term{i}").ToList();
        var first = terms.Select(t => known.IdOf(t, pool)).ToList();
        var again = Enumerable.Reverse(terms).Select(t => known.IdOf(t, pool)).Reverse().ToList();

        Assert.Equal(terms.Select(t => pool.Id(t)), first);
        Assert.Equal(first, again);
        Assert.Equal(terms.Count, pool.Count);
        Assert.Equal(terms, first.Select(pool.Name));
    }

    [Fact]
    public void Terms_that_share_a_prefix_or_differ_only_in_length_accent_or_a_leading_NUL_are_told_apart()
    {
        var pool = new TermPool();
        var known = new KnownTerms();
        string[] terms = ["a", "aa", "aaa", "ab", "ba", "baku", "bakü", "bakı", "şuşa", "susa", "\U0001D400", "", "\0a", "\0\0a",
            "abcdefgh", "abcdefghi", "habcdefg", "abcdefgi", "zzzzzzzz"];
        var ids = terms.Select(t => known.IdOf(t, pool)).ToList();

        Assert.Equal(terms.Length, ids.Distinct().Count());
        Assert.Equal(ids, terms.Select(t => known.IdOf(t, pool)));
    }

    [Fact]
    public void A_term_the_pool_already_numbered_on_another_thread_keeps_that_number()
    {
        var pool = new TermPool();
        var elsewhere = pool.Id("caspian");
        var known = new KnownTerms();

        Assert.Equal(elsewhere, known.IdOf("caspian", pool));
        Assert.Equal(1, pool.Count);
    }
}
