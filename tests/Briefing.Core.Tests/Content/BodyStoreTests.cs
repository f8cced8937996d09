using Briefing.Core.Content;

namespace Briefing.Core.Tests.Content;

public class BodyStoreTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII.\n")]
    [InlineData("Bakı, Azərbaycan — «цитата» 😀\n")]
    public void A_kept_text_reads_back_as_it_was(string text) =>
        Assert.Equal(text, new BodyStore().Keep(text).ToString());

    [Fact]
    public void Texts_kept_before_a_block_fills_are_unchanged_by_those_kept_after()
    {
        var store = new BodyStore();
        // Each text is a fifth of a block, so that the fifth starts a new block and the rest fill it.
        var texts = Enumerable.Range(0, 12).Select(i => new string((char)('a' + i), BodyStore.BlockBytes / 5)).ToList();
        var kept = texts.Select(t => store.Keep(t)).ToList();
        Assert.Equal(texts, kept.Select(k => k.ToString()));
        Assert.NotSame(kept[0].Block, kept[^1].Block);
        Assert.Same(kept[0].Block, kept[1].Block);
    }

    [Fact]
    public void A_text_longer_than_a_quarter_block_gets_an_array_of_its_own()
    {
        var store = new BodyStore();
        var small = store.Keep("small");
        var text = new string('x', (BodyStore.BlockBytes / 4) + 1);
        var large = store.Keep(text);
        Assert.Equal(text.Length, large.Block.Length);
        Assert.Equal(text, large.ToString());
        Assert.Same(small.Block, store.Keep("next").Block);
    }

    [Fact]
    public void Texts_kept_from_many_threads_each_read_back_as_their_own()
    {
        var store = new BodyStore();
        var texts = Enumerable.Range(0, 2000).Select(i => $"body {i}: " + new string('é', i % 300)).ToArray();
        var kept = new StoredText[texts.Length];
        Parallel.For(0, texts.Length, i => kept[i] = store.Keep(texts[i]));
        Assert.Equal(texts, kept.Select(k => k.ToString()));
    }
}
