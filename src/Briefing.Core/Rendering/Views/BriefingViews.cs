using Briefing.Core.Templates;
using Briefing.Core.Versions;

namespace Briefing.Core.Rendering.Views;

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

/// <summary>A date, both for people and for machines (<c>&lt;time datetime&gt;</c>).</summary>
public sealed record DateView(string Text, string Iso);

/// <summary>A tag with the URL of its list page.</summary>
public sealed record TagView(string Name, string Url);

/// <summary>One line of a table of contents.</summary>
public sealed record TocEntry(string Text, string Id, int Level);

/// <summary>The home page: the latest briefings, and the tension index's latest value when the site has one.</summary>
public sealed record HomeView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, IReadOnlyList<BriefingSummaryView> Briefings)
    : ILayoutView
{
    public TensionCurrentView? Tension { get; init; }
}

/// <summary>A list of briefings, e.g. <c>/briefings/</c>.</summary>
public sealed record BriefingListView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, string Heading, IReadOnlyList<BriefingSummaryView> Briefings)
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

/// <summary>A standalone page such as About, or the 404 page. <see cref="Date"/> is null and <see cref="Tags"/> empty when the page gives none.</summary>
public sealed record PageView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, string Title, TrustedHtml BodyHtml, DateView? Date, IReadOnlyList<string> Tags)
    : ILayoutView;
