using Briefing.Core.Diagnostics;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;

namespace Briefing.Core.Markdown;

/// <summary>
/// The content policy for Markdown bodies (docs/authoring-security.md): raw HTML is refused, and
/// so is any link or image whose URL scheme is not http, https or mailto. Authors learn at once,
/// with the file and line, rather than finding their text silently changed on the page.
/// </summary>
public static class HostileContent
{
    private const int SnippetLength = 40;

    public static List<MarkdownProblem> Find(MarkdownDocument document)
    {
        var problems = new List<MarkdownProblem>();
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            problems.Add(new MarkdownProblem(block.Line + 1, block.Column + 1, RawHtml(block.Lines.ToString())));
        }
        foreach (var inline in document.Descendants<HtmlInline>())
        {
            problems.Add(new MarkdownProblem(inline.Line + 1, inline.Column + 1, RawHtml(inline.Tag)));
        }
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.Url is not null && !UrlPolicy.IsAllowed(l.Url)))
        {
            problems.Add(new MarkdownProblem(link.Line + 1, link.Column + 1, UnsafeUrl(link.Url!, link.IsImage ? "image" : "link")));
        }
        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !UrlPolicy.IsAllowed(l.Url)))
        {
            problems.Add(new MarkdownProblem(link.Line + 1, link.Column + 1, UnsafeUrl(link.Url, "link")));
        }
        return problems;
    }

    /// <summary>Reports <paramref name="rendered"/>'s problems as errors in <paramref name="file"/>, whose body starts at <paramref name="bodyFirstLine"/>.</summary>
    public static void Report(RenderedMarkdown rendered, string file, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        foreach (var problem in rendered.Problems)
        {
            diagnostics.Error(file, bodyFirstLine + problem.Line - 1, problem.Column, problem.Message);
        }
    }

    private static string RawHtml(string html) =>
        $"raw HTML is not allowed ({Snippet(html)}): write Markdown instead, or put a backslash before '<' (\\<) to show it as text";

    private static string UnsafeUrl(string url, string what) =>
        $"the {what} address '{Snippet(url)}' is not allowed: use a relative address or one starting with http:, https: or mailto:";

    private static string Snippet(string text)
    {
        var oneLine = string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length <= SnippetLength ? oneLine : oneLine[..SnippetLength] + "…";
    }
}
