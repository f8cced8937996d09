using System.Text;
using Briefing.Core.Output;

namespace Briefing.Core.Tests.Output;

public sealed class PageTextTests
{
    [Fact]
    public void Holds_what_the_template_wrote_as_text_and_as_the_files_UTF8()
    {
        var written = new StringBuilder("<p>Şuşa ").Append('x', 5000).Append(" 😀</p>");

        var page = new PageText(written);
        written.Clear().Append("the buffer is reused for the next page");

        Assert.Equal("<p>Şuşa " + new string('x', 5000) + " 😀</p>", page.Span.ToString());
        Assert.Equal(Encoding.UTF8.GetBytes("<p>Şuşa " + new string('x', 5000) + " 😀</p>"), page.Utf8());
    }

    // The rented buffer is sized for the most the text could take, not counted first: the bytes in it must still be
    // exactly the file's, for three-byte and four-byte characters and for a lone surrogate (written as U+FFFD).
    [Theory]
    [InlineData("<p>plain</p>")]
    [InlineData("<p>Şuşa — “Qarabağ” 😀</p>")]
    [InlineData("<p>lone \ud800 surrogate</p>")]
    [InlineData("")]
    public void Rents_the_same_bytes_it_would_make(string html)
    {
        var page = new PageText(new StringBuilder(html));

        var buffer = page.RentUtf8(out var length);

        Assert.Equal(Encoding.UTF8.GetBytes(html), buffer.AsSpan(0, length).ToArray());
        Assert.True(buffer.Length >= length);
    }

    // The buffer goes back to the pool after the link scan: reading it later would read another page's text.
    [Fact]
    public void Cannot_be_read_once_released_and_releasing_twice_is_harmless()
    {
        var page = new PageText(new StringBuilder("<p>page</p>"));

        page.Release();
        page.Release();

        Assert.Throws<ObjectDisposedException>(() => page.Span.Length);
    }
}
