using Briefing.Core.Events;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

/// <summary>Short values that repeat across documents are kept once: equal strings come back as one instance.</summary>
public class SharedStringsTests
{
    // Built at run time, so that the compiler's interned literals cannot make two of them one instance.
    private static string Fresh(string text) => new(text.AsSpan());

    [Fact]
    public void Equal_short_strings_come_back_as_one_instance()
    {
        var pool = new SharedStrings();
        var first = Fresh("energy");
        var second = Fresh("energy");

        Assert.NotSame(first, second);
        Assert.Same(pool.Of(first), pool.Of(second));
        Assert.Equal("energy", pool.Of(second));
    }

    [Fact]
    public void A_long_string_is_not_kept()
    {
        var pool = new SharedStrings(maxLength: 5);
        var second = Fresh("longer than five");

        pool.Of(Fresh("longer than five"));

        Assert.Same(second, pool.Of(second));
    }

    [Fact]
    public void A_full_pool_hands_back_what_it_is_given()
    {
        var pool = new SharedStrings(maxCount: 2);
        pool.Of(Fresh("a"));
        pool.Of(Fresh("b"));
        var third = Fresh("c");

        pool.Of(Fresh("c"));

        Assert.Same(third, pool.Of(third));
        Assert.Equal("a", pool.Of(Fresh("a")));
    }

    [Fact]
    public void A_shared_value_is_made_once_per_key()
    {
        var made = 0;
        var values = new SharedValues(key => { made++; return "/x/" + key + "/"; });

        var first = values.For(Fresh("aze"));
        var second = values.For(Fresh("aze"));

        Assert.Equal("/x/aze/", first);
        Assert.Same(first, second);
        Assert.Equal(1, made);
    }

    [Fact]
    public void Tag_and_actor_urls_are_one_string_each()
    {
        Assert.Equal("/tags/air-defence/", Urls.Tag(Fresh("Air defence")));
        Assert.Same(Urls.Tag(Fresh("Air defence")), Urls.Tag(Fresh("Air defence")));
        Assert.Equal("/actors/aze/", Urls.Actor(Fresh("AZE")));
        Assert.Same(Urls.Actor(Fresh("AZE")), Urls.Actor(Fresh("AZE")));
    }

    [Fact]
    public void Actors_parsed_apart_share_their_country_and_role_strings()
    {
        var one = Actor.Parse(Fresh("AZE:GOV"), out _)!;
        var other = Actor.Parse(Fresh("AZE:GOV"), out _)!;

        Assert.Equal(("AZE", "GOV"), (one.Country, one.Role));
        Assert.Same(one.Country, other.Country);
        Assert.Same(one.Role, other.Role);
    }

    [Fact]
    public void A_span_pool_hands_back_one_string_per_distinct_text()
    {
        var pool = new SpanPool(capacity: 4);
        var first = pool.Of("<a href=\"/notes/\">".AsSpan(9, 7));
        var second = pool.Of("x /notes/ y".AsSpan(2, 7));
        Assert.Equal("/notes/", first);
        Assert.Same(first, second);
        var other = pool.Of("/notes".AsSpan());
        Assert.Equal("/notes", other);
        Assert.NotSame(first, other);
        Assert.Same(other, pool.Of(new string("/notes".ToCharArray()).AsSpan()));
    }

    [Fact]
    public void A_span_pool_hands_back_its_string_after_thousands_of_others_were_looked_up_between()
    {
        var pool = new SpanPool(capacity: 4);
        var texts = Enumerable.Range(0, 5000).Select(i => $"/events/e-{i}/").ToArray();
        var first = texts.Select(t => pool.Of(t.AsSpan())).ToArray();

        var again = texts.Select(t => pool.Of(Fresh(t).AsSpan())).ToArray();

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(texts[i], again[i]);
            Assert.Same(first[i], again[i]);
        }
    }

    [Fact]
    public void A_span_pool_hands_every_thread_the_same_string_for_a_text()
    {
        var pool = new SpanPool(capacity: 4);
        var texts = Enumerable.Range(0, 2000).Select(i => $"/tags/t-{i % 300}/").ToArray();
        var seen = new string[4][];

        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            k => seen[k] = texts.Select(t => pool.Of(Fresh(t).AsSpan())).ToArray());

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.All(seen, strings => Assert.Same(seen[0][i], strings[i]));
        }
    }
}
