using System.Text;
using Briefing.Core.Output;

namespace Briefing.Core.Tests.Output;

/// <summary>A page left for the writer to encode has the bytes an ordinary page has, and is never kept without them.</summary>
public sealed class OutputFileTests
{
    private const string Html = "<p>Ünïcödé, “quotes”, 🙂 and <a href=\"/x/\">a link</a></p>\n";

    [Fact]
    public void A_pending_page_given_its_bytes_has_the_bytes_of_an_ordinary_page()
    {
        var pending = OutputFile.PageToWrite("a/index.html", new PageText(new StringBuilder(Html)));
        Assert.True(pending.BytesPending);
        Assert.Empty(pending.Content);

        var whole = pending.WithBytes();

        Assert.False(whole.BytesPending);
        Assert.Equal(Encoding.UTF8.GetBytes(Html), whole.Content);
        Assert.Equal(OutputFile.Page("a/index.html", new PageText(new StringBuilder(Html))).Content, whole.Content);
    }

    [Fact]
    public void A_pending_page_cannot_be_settled_without_its_bytes()
    {
        var pending = OutputFile.PageToWrite("a/index.html", new PageText(new StringBuilder(Html)));
        var error = Assert.Throws<InvalidOperationException>(() => pending.Settled());
        Assert.Contains("'a/index.html' has no bytes yet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_streamed_file_given_its_bytes_has_what_its_writer_writes_and_no_writer()
    {
        var streamed = OutputFile.Streamed("events/events.json", output => output.Write(Encoding.UTF8.GetBytes(Html)));
        Assert.True(streamed.BytesPending);
        Assert.Empty(streamed.Content);

        var whole = streamed.WithBytes();

        Assert.False(whole.BytesPending);
        Assert.Null(whole.WriteContent);
        Assert.Equal(Encoding.UTF8.GetBytes(Html), whole.Content);
    }
}
