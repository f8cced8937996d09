using Briefing.Core.Content;
using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Pages;

/// <summary>A standalone page such as About.</summary>
public sealed record Page(string Slug, ContentDocument<PageFrontMatter> Source, RenderedMarkdown Content)
{
    public string Title => Source.FrontMatter.Title;

    public string Url => Urls.Page(Slug);
}
