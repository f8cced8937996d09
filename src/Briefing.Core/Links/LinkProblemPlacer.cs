using Briefing.Core.Diagnostics;
using Briefing.Core.Markdown;
using Briefing.Core.Templates;

namespace Briefing.Core.Links;

/// <summary>
/// Finds where a broken link was written: in the Markdown bodies shown on the page (their line in the
/// author's file), else in the theme file whose text contains it, else against the page's template.
/// </summary>
public sealed class LinkProblemPlacer(IReadOnlyList<MarkdownBody> bodies, IReadOnlyList<TemplateSource> templates)
{
    public IEnumerable<Diagnostic> Place(LinkProblem problem, string pageHtml, string? pageTemplate)
    {
        var inMarkdown = InMarkdown(problem, pageHtml).ToList();
        if (inMarkdown.Count > 0)
        {
            return inMarkdown;
        }
        var inTheme = InTheme(problem).ToList();
        if (inTheme.Count > 0)
        {
            return inTheme;
        }
        var file = pageTemplate ?? problem.PagePath;
        return [Make(file, 1, 1, problem, $"on page '{problem.PagePath}', {problem.Message}")];
    }

    private IEnumerable<Diagnostic> InMarkdown(LinkProblem problem, string pageHtml)
    {
        var withLink = bodies.Where(b => b.Content.Links.Any(l => SameUrl(l.Url, problem.Link.Url))).ToList();
        // Prefer the bodies this page shows; fall back to any body with the link (a page may transform HTML).
        var shown = withLink.Where(b => b.Content.Html.Length > 0 && pageHtml.Contains(b.Content.Html, StringComparison.Ordinal)).ToList();
        foreach (var body in shown.Count > 0 ? shown : withLink)
        {
            foreach (var link in body.Content.Links.Where(l => SameUrl(l.Url, problem.Link.Url)))
            {
                yield return Make(body.File, body.FileLine(link.Line), link.Column, problem, problem.Message);
            }
        }
    }

    private IEnumerable<Diagnostic> InTheme(LinkProblem problem)
    {
        foreach (var template in templates)
        {
            var at = template.Text.IndexOf($"\"{problem.Link.Url}\"", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var before = template.Text.AsSpan(0, at + 1);
            var line = before.Count('\n') + 1;
            var column = at + 1 - before.LastIndexOf('\n');
            yield return Make(template.DisplayPath, line, column, problem, problem.Message);
        }
    }

    private static Diagnostic Make(string file, int line, int column, LinkProblem problem, string message) =>
        problem.IsError ? Diagnostic.Error(file, line, column, message) : Diagnostic.Warning(file, line, column, message);

    // Markdig percent-encodes what an author wrote (spaces, non-ASCII) when it writes href; compare decoded.
    private static bool SameUrl(string written, string rendered) =>
        string.Equals(Decode(written), Decode(rendered), StringComparison.Ordinal);

    private static string Decode(string url)
    {
        try
        {
            return Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return url;
        }
    }
}
