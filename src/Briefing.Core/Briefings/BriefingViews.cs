using Briefing.Core.Output;
using Briefing.Core.Site;
using Briefing.Core.Templates;

namespace Briefing.Core.Briefings;

/// <summary>A briefing as a list shows it: at its latest version, once.</summary>
public sealed record BriefingSummaryView(
    string Title,
    string Url,
    string Summary,
    string Byline,
    DateView Date,
    bool IsUpdated,
    IReadOnlyList<TagView> Tags)
{
    /// <summary>On a tag page, when only earlier versions carry the tag: the last of them.</summary>
    public EarlierTagView? EarlierTag { get; init; }
}

/// <summary>The last version of a briefing that carried a tag its latest version no longer has.</summary>
public sealed record EarlierTagView(string Version, string Url);

/// <summary>One line of a table of contents.</summary>
public sealed record TocEntry(string Text, string Id, int Level);

/// <summary>A paged list of briefings, e.g. <c>/briefings/</c>; <see cref="Count"/> is the whole list's.</summary>
public sealed record BriefingListView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, string Heading, string Count, IReadOnlyList<BriefingSummaryView> Briefings, PagerView? Pager)
    : ILayoutView;

/// <summary>One briefing page at one version.</summary>
public sealed partial record BriefingView(
    SiteView Site,
    PageMeta Meta,
    IReadOnlyList<NavItem> Nav,
    string Title,
    string Summary,
    string Byline,
    DateView Date,
    IReadOnlyList<TagView> Tags,
    IReadOnlyList<TocEntry> Toc,
    TrustedHtml BodyHtml,
    VersionCuesView Versions) : ILayoutView;

