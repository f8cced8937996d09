using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Briefing.Core.Diagnostics;
using Briefing.Core.Rendering;
using Briefing.Core.Templates;

namespace Briefing.Core.Checks;

/// <summary>
/// The internal-link check: every <c>href</c> and <c>src</c> in the rendered pages that stays on the
/// site must name a rendered file, and every <c>#anchor</c> an id on that page. A broken link an author
/// wrote in Markdown is reported at the author's file, line and column; one a template made, at the template.
/// </summary>
public static class LinkChecker
{
    // What a page's bytes contain, by the very array: serve's rebuilds hand back the same array for
    // an unchanged page, so its links and ids are not scanned again. Entries go with their arrays.
    private static readonly ConditionalWeakTable<byte[], ScannedPage> Scans = new();

    public static void Check(IReadOnlyList<OutputFile> files, IReadOnlyList<MarkdownBody> bodies,
        IReadOnlyList<TemplateSource> templates, string baseUrl, DiagnosticBag diagnostics)
    {
        var html = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => Scans.GetValue(f.Content, content => new ScannedPage(content)), StringComparer.Ordinal);
        var rules = new LinkRules(
            files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal),
            path => html.TryGetValue(path, out var page) ? page.Ids : null,
            baseUrl);
        var problems = new ConcurrentBag<LinkProblem>();
        Parallel.ForEach(html, page =>
        {
            foreach (var link in page.Value.Links)
            {
                if (rules.Judge(page.Key, link) is { } problem)
                {
                    problems.Add(problem);
                }
            }
        });
        var templateOf = files.Where(f => f.Template is not null).ToDictionary(f => f.Path, f => f.Template!, StringComparer.Ordinal);
        var placer = new LinkProblemPlacer(bodies, templates);
        foreach (var problem in problems.OrderBy(p => p.PagePath, StringComparer.Ordinal))
        {
            diagnostics.AddRange(placer.Place(problem, html[problem.PagePath].Text, templateOf.GetValueOrDefault(problem.PagePath)));
        }
    }

    private sealed class ScannedPage(byte[] content)
    {
        private readonly Lazy<IReadOnlyList<HtmlLink>> _links = new(() => HtmlScan.Links(Encoding.UTF8.GetString(content)).ToList());
        private readonly Lazy<IReadOnlySet<string>> _ids = new(() => HtmlScan.Ids(Encoding.UTF8.GetString(content)));

        public string Text => Encoding.UTF8.GetString(content);

        public IReadOnlyList<HtmlLink> Links => _links.Value;

        public IReadOnlySet<string> Ids => _ids.Value;
    }
}
