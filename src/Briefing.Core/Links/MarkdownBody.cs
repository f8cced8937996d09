using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Links;

/// <summary>
/// A Markdown body as the link check sees it: the file an author wrote it in, the file line its
/// body starts on, and what it rendered to (its HTML and the links in it, with body-relative lines).
/// </summary>
public sealed record MarkdownBody(string File, int BodyFirstLine, RenderedMarkdown Content)
{
    /// <summary>The file line of a body-relative line.</summary>
    public int FileLine(int bodyLine) => BodyFirstLine + bodyLine - 1;

    /// <summary>Every Markdown body of the site. A new kind of document adds one line here.</summary>
    public static IEnumerable<MarkdownBody> All(SiteModel site) =>
        site.Briefings.SelectMany(b => b.Versions).Select(v => new MarkdownBody(v.Source.File.DisplayPath, v.Source.BodyFirstLine, v.Content))
            .Concat(site.Pages.Select(p => new MarkdownBody(p.Source.File.DisplayPath, p.Source.BodyFirstLine, p.Content)))
            .Concat(site.Events.Select(e => new MarkdownBody(e.Source.File.DisplayPath, e.Source.BodyFirstLine, e.Content)));
}
