using Briefing.Core.Markdown;

namespace Briefing.Core.Tests.Markdown;

/// <summary>
/// Each thread keeps one HTML renderer and resets it between documents: a document renders to the same HTML whatever
/// its thread rendered before, including a document that failed half-way.
/// </summary>
public class RendererReuseTests
{
    private static readonly string[] Documents =
    [
        "# Title\n\nA paragraph with *emphasis*, **strong** and `code`.\n",
        "- tight\n- list\n  - nested\n    - deeper\n\n1. one\n2. two\n",
        "- loose\n\n- list\n\n  with a second paragraph\n",
        "| a | b |\n|:--|--:|\n| 1 | 2 |\n",
        "> a quote\n>\n> > nested\n\n    indented code\n\n```\nfenced\n```\n",
        "A note[^1] and another[^2].\n\n[^1]: The first.\n[^2]: The second, with a [link](/events/).\n",
        "<div onclick=\"x\">raw</div>\n\nText <b>inline</b>.\n",
        string.Concat(Enumerable.Repeat("[", 2000)) + "deep" + string.Concat(Enumerable.Repeat("]", 2000)) + "\n",
        string.Concat(Enumerable.Repeat("> ", 300)) + "too deep\n",
        "a. lettered\nb. list\n\n~~struck~~ and ^super^ and ~sub~ and ++inserted++ and ==marked==\n",
        "Last, plain.\n",
    ];

    private static string Html(string markdown, bool numbered) => MarkdownRenderer.Shared.Render(markdown, numbered).Body.Value;

    // On a thread of its own, so that nothing this thread rendered before can reach it.
    private static string HtmlOnAFreshThread(string markdown, bool numbered)
    {
        string? html = null;
        var thread = new Thread(() => html = Html(markdown, numbered));
        thread.Start();
        thread.Join();
        return html!;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_document_renders_as_on_a_fresh_thread_after_all_the_others_on_one_thread(bool numbered)
    {
        var fresh = Documents.Select(d => HtmlOnAFreshThread(d, numbered)).ToArray();

        string[] reused = [];
        var thread = new Thread(() =>
        {
            // Twice over, forwards then backwards, so that every document follows several others.
            reused = [.. Documents.Select(d => Html(d, numbered)), .. Documents.Reverse().Select(d => Html(d, numbered))];
        });
        thread.Start();
        thread.Join();

        Assert.Equal(fresh, reused.Take(Documents.Length));
        Assert.Equal(fresh.Reverse(), reused.Skip(Documents.Length));
        Assert.Contains("<li>nested", fresh[1], StringComparison.Ordinal);
        Assert.Contains("<p>with a second paragraph</p>", fresh[2], StringComparison.Ordinal);
    }
}
