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

    public static List<MarkdownProblem> Find(MarkdownDocument document) => Find(MarkdownNodes.Of(document));

    internal static List<MarkdownProblem> Find(MarkdownNodes nodes)
    {
        // One walk of the tree (four, one per kind, were 8 % of a 1,000-page build), the problems kept by kind in
        // the order the four walks gave: raw HTML blocks, raw HTML inlines, links and images, autolinks.
        var (blocks, inlines, links, autolinks) = (new List<MarkdownProblem>(), new List<MarkdownProblem>(), new List<MarkdownProblem>(), new List<MarkdownProblem>());
        foreach (var node in nodes.Judged)
        {
            switch (node)
            {
                case HtmlBlock block:
                    blocks.Add(new MarkdownProblem(block.Line + 1, block.Column + 1, RawHtml(block.Lines.ToString())));
                    break;
                case HtmlInline inline:
                    inlines.Add(new MarkdownProblem(inline.Line + 1, inline.Column + 1, RawHtml(inline.Tag)));
                    break;
                case LinkInline { Url: { } url } link when !UrlPolicy.IsAllowed(url):
                    links.Add(new MarkdownProblem(link.Line + 1, link.Column + 1, UnsafeUrl(url, link.IsImage ? "image" : "link")));
                    break;
                case AutolinkInline { IsEmail: false } autolink when !UrlPolicy.IsAllowed(autolink.Url):
                    autolinks.Add(new MarkdownProblem(autolink.Line + 1, autolink.Column + 1, UnsafeUrl(autolink.Url, "link")));
                    break;
            }
        }
        return [.. blocks, .. inlines, .. links, .. autolinks];
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
