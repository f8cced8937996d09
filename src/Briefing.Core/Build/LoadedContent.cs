using Briefing.Core.Briefings;
using Briefing.Core.Content;
using Briefing.Core.Events;
using Briefing.Core.Pages;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Build;

/// <summary>One version file of a briefing: <c>briefings/&lt;slug&gt;/v&lt;number&gt;.md</c>.</summary>
public sealed record BriefingVersionSource(string Slug, int Number, ContentDocument<BriefingFrontMatter> Document);

/// <summary>A standalone page: <c>pages/&lt;slug&gt;.md</c>.</summary>
public sealed record PageSource(string Slug, ContentDocument<PageFrontMatter> Document);

/// <summary>Everything the load phase read from <c>input/</c>, in a stable order (ordinal by path).</summary>
public sealed record LoadedContent(
    SiteConfig? Site,
    IReadOnlyList<BriefingVersionSource> BriefingVersions,
    IReadOnlyList<PageSource> Pages)
{
    /// <summary>Event files, <c>events/&lt;date&gt;-&lt;slug&gt;.md</c>, in path order.</summary>
    public IReadOnlyList<EventFile> Events { get; init; } = [];
}
