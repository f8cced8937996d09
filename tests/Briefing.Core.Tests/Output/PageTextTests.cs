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
