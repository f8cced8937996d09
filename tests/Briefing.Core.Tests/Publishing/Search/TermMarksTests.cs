using Briefing.Core.Publishing.Search;

namespace Briefing.Core.Tests.Publishing.Search;

public sealed class TermMarksTests
{
    [Fact]
    public void A_term_in_the_title_and_the_body_is_one_key_with_the_title_bit()
    {
        var marks = new TermMarks();
        marks.Begin();
        marks.InTitle(7);
        marks.InBody(7);
        marks.InBody(3);
        marks.InBody(3);
        Assert.Equal([3 << 1, 7 << 1 | 1], marks.Keys());
    }

    // Reused for the next document, the scratch must forget the last one's terms, and numbers past its first size
    // (a pool that grew while another thread tokenized) must still be marked.
    [Fact]
    public void The_next_document_starts_with_no_term_marked()
    {
        var marks = new TermMarks();
        marks.Begin();
        marks.InTitle(5);
        marks.InBody(9);
        marks.Keys();
        marks.Begin();
        marks.InBody(5);
        marks.InTitle(100_000);
        Assert.Equal([5 << 1, 100_000 << 1 | 1], marks.Keys());
    }

    // The radix sort against the runtime's sort, on lengths around its edges and keys across the whole range (a byte
    // every key shares is a pass skipped).
    [Theory]
    [InlineData(0, int.MaxValue)]
    [InlineData(1, int.MaxValue)]
    [InlineData(2, 1)]
    [InlineData(300, 255)]
    [InlineData(300, 70_000)]
    [InlineData(5_000, int.MaxValue)]
    public void Keys_are_sorted_as_Array_Sort_sorts_them(int count, int max)
    {
        var random = new Random(count ^ max);
        var keys = Enumerable.Range(0, count).Select(_ => random.Next(max)).ToArray();
        var expected = keys.ToArray();
        Array.Sort(expected);
        TermMarks.SortAscending(keys, new int[count]);
        Assert.Equal(expected, keys);
    }
}
