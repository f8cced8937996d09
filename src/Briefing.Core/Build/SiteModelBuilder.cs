using Briefing.Core.Briefings;
using Briefing.Core.Diagnostics;
using Briefing.Core.Events;
using Briefing.Core.Markdown;
using Briefing.Core.Pages;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Build;

/// <summary>
/// The model phase: groups version files into briefings, checks what only the whole content can
/// show (gaps in version numbers, missing change notes, reserved slugs) and renders Markdown bodies
/// in parallel, since anchors are part of the model that links and citations are checked against.
/// </summary>
public sealed class SiteModelBuilder(MarkdownRenderer markdown, ParallelOptions? parallel = null)
{
    private readonly int _threads = parallel?.MaxDegreeOfParallelism is > 0 and var n ? n : Environment.ProcessorCount;

    public SiteModel? Build(LoadedContent content, DiagnosticBag diagnostics)
    {
        // Briefings in parallel (their versions one after another): a site of many small
        // briefings keeps every core busy. AsOrdered keeps the result independent of timing.
        var briefings = content.BriefingVersions
            .GroupBy(v => v.Slug, StringComparer.Ordinal)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(_threads)
            .Select(group => BuildBriefing(group.OrderBy(v => v.Number).ToList(), diagnostics))
            .AsSequential()
            .OfType<BriefingDocument>()
            .OrderByDescending(b => b.Latest.Date)
            .ThenBy(b => b.Slug, StringComparer.Ordinal)
            .ToList();

        var pages = content.Pages
            .Where(p => CheckPageSlug(p, diagnostics))
            .AsParallel().AsOrdered().WithDegreeOfParallelism(_threads)
            .Select(p => new Page(p.Slug, p.Document, Render(p.Document.File.DisplayPath, p.Document.Body, p.Document.BodyFirstLine, false, diagnostics)))
            .AsSequential()
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();

        var events = new EventModelBuilder(markdown, CameoTable.Default, parallel).Build(content.Events, briefings, diagnostics);

        return content.Site is null ? null : new SiteModel(content.Site, briefings, pages) { Events = events };
    }

    private BriefingDocument? BuildBriefing(IReadOnlyList<BriefingVersionSource> sources, DiagnosticBag diagnostics)
    {
        var valid = VersionSequence.Check(sources, diagnostics);
        var versions = new BriefingVersion[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            versions[i] = new BriefingVersion(source.Slug, source.Number, source.Document,
                Render(source.Document.File.DisplayPath, source.Document.Body, source.Document.BodyFirstLine, true, diagnostics));
        }
        return valid ? new BriefingDocument(sources[0].Slug, versions) : null;
    }

    /// <summary>Renders a body and reports what the content policy refuses in it, at the author's line.</summary>
    private RenderedMarkdown Render(string file, string body, int bodyFirstLine, bool numberParagraphs, DiagnosticBag diagnostics)
    {
        var rendered = markdown.Render(body, numberParagraphs);
        HostileContent.Report(rendered, file, bodyFirstLine, diagnostics);
        return rendered;
    }

    private static bool CheckPageSlug(PageSource page, DiagnosticBag diagnostics)
    {
        if (!Urls.Reserved.Contains(page.Slug))
        {
            return true;
        }
        diagnostics.Error(page.Document.File.DisplayPath, 1, 1,
            $"the page name '{page.Slug}' is taken by a section of the site; rename the file");
        return false;
    }
}
