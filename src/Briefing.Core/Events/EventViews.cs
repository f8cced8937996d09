using Briefing.Core.Output;
using Briefing.Core.Site;
using Briefing.Core.Templates;
namespace Briefing.Core.Events;

/// <summary>An event as lists show it: the timeline, actor and tag pages, a briefing's "cited by" list.</summary>
public sealed record EventSummaryView(
    string Title,
    string Url,
    DateView Date,
    string Summary,
    string Actors,
    string CameoCode,
    string CameoDescription,
    string Goldstein);

/// <summary>A year or a month of the events archive, linked, with how many events it holds (<see cref="Count"/>, "712 events").</summary>
public sealed record ArchiveLinkView(string Label, string Url, string Iso, string Count);

/// <summary><c>/events/</c>: the years of the archive, with the dataset's downloads.</summary>
public sealed record EventArchiveView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, string Count, IReadOnlyList<ArchiveLinkView> Years, string CsvUrl, string JsonUrl, string CodebookUrl)
    : ILayoutView;

/// <summary><c>/events/2025/</c>: the months of one year, and the years either side.</summary>
public sealed record EventYearView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, string Year, string Count, IReadOnlyList<ArchiveLinkView> Months, ArchiveLinkView? Previous, ArchiveLinkView? Next, string ArchiveUrl)
    : ILayoutView;

/// <summary><c>/events/2025/06/</c> and its later pages: one month's events, month-precision ones first, and the months either side.</summary>
public sealed record EventMonthPageView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, string Month, string Count, ArchiveLinkView Year, IReadOnlyList<EventSummaryView> Events, PagerView? Pager, ArchiveLinkView? Previous, ArchiveLinkView? Next)
    : ILayoutView;

/// <summary>An actor as an event page names it, linked to the country's page.</summary>
public sealed record ActorView(string Code, string CountryName, string? RoleName, string Url);

/// <summary>The CAMEO coding of an event and the Goldstein value the index uses.</summary>
public sealed record CameoView(string Code, string Description, string QuadClass, string Goldstein, string TableGoldstein, string? OverrideReason);

/// <summary>One source: a section of a briefing on this site, or a page elsewhere (<see cref="IsExternal"/>).</summary>
public sealed record SourceView(string Title, string Url, string? Detail, bool IsExternal);

/// <summary>A neighbouring event in time, for previous/next links.</summary>
public sealed record EventLinkView(string Title, string Url, DateView Date);

/// <summary><c>/events/&lt;slug&gt;/</c>: every field of one event.</summary>
public sealed record EventView(
    SiteView Site,
    PageMeta Meta,
    IReadOnlyList<NavItem> Nav,
    string Title,
    string Summary,
    DateView Date,
    bool IsMonthPrecision,
    string Location,
    ActorView Actor1,
    ActorView Actor2,
    CameoView Cameo,
    string? Fatalities,
    string? Injured,
    IReadOnlyList<TagView> Tags,
    IReadOnlyList<SourceView> Sources,
    TrustedHtml BodyHtml,
    EventLinkView? Previous,
    EventLinkView? Next,
    IReadOnlyList<EventChangeView> Changes) : ILayoutView;

/// <summary>
/// A change note at the top of an event's page: its label and kind (<c>correction</c>…), what changed, when,
/// and in words the earlier values it replaced (<see cref="Was"/>, null when it changed none the index uses).
/// </summary>
public sealed record EventChangeView(string Label, string Kind, string Text, DateView Date, string? Was);

/// <summary>A country in the list of actors, with how many events name it.</summary>
public sealed record ActorSummaryView(string Code, string Name, string Url, int Count);

/// <summary><c>/actors/</c>: every country that appears in an event.</summary>
public sealed record ActorIndexView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, IReadOnlyList<ActorSummaryView> Actors)
    : ILayoutView;

/// <summary>A paged list of events under a heading, e.g. <c>/actors/aze/</c>; <see cref="Count"/> is the whole list's.</summary>
public sealed record EventListView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, string Heading, string Intro, string Count, IReadOnlyList<EventSummaryView> Events, PagerView? Pager)
    : ILayoutView;

