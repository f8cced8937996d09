using Briefing.Core.Content;
using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>One published version of a briefing, with its rendered body.</summary>
public sealed record BriefingVersion(string Slug, int Number, ContentDocument<BriefingFrontMatter> Source, RenderedMarkdown Content)
{
    public BriefingFrontMatter FrontMatter => Source.FrontMatter;

    public string Title => FrontMatter.Title;

    public DateOnly Date => FrontMatter.Date;

    /// <summary>The permanent URL of this version; it never changes once published.</summary>
    public string Url => Urls.BriefingVersion(Slug, Number);
}
