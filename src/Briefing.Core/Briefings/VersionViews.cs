using Briefing.Core.Markdown;
using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>
/// What a briefing page shows about versions: the older-version banner, first-published and
/// last-updated dates, links to the history and to this version's diff, and labelled change notes.
/// </summary>
public sealed record VersionCuesView(
    int Number,
    int Count,
    bool IsLatest,
    bool IsUpdated,
    DateView Published,
    DateView FirstPublished,
    string LatestUrl,
    string HistoryUrl,
    string? DiffUrl,
    IReadOnlyList<ChangeNoteView> Notes)
{
    /// <summary>True on a version that a later one replaced: the page carries the banner.</summary>
    public bool IsOlder => !IsLatest;
}

/// <summary>A change note as readers see it: "Correction: …", with the version and day it was made.</summary>
public sealed record ChangeNoteView(string Label, string Kind, string Text, int Version, DateView Date);

/// <summary><c>/briefings/&lt;slug&gt;/history/</c>: every version, newest first.</summary>
public sealed record HistoryView(
    SiteView Site,
    PageMeta Meta,
    IReadOnlyList<NavItem> Nav,
    string Title,
    string BriefingUrl,
    IReadOnlyList<HistoryEntryView> Versions) : ILayoutView;

/// <summary>One line of a history page.</summary>
public sealed record HistoryEntryView(
    int Number,
    string Url,
    string Title,
    DateView Date,
    bool IsLatest,
    IReadOnlyList<ChangeNoteView> Notes,
    string? DiffUrl,
    int Previous);

/// <summary><c>/briefings/&lt;slug&gt;/diff/vA-vB/</c>: what changed between two consecutive versions.</summary>
public sealed record DiffView(
    SiteView Site,
    PageMeta Meta,
    IReadOnlyList<NavItem> Nav,
    string Heading,
    string BriefingTitle,
    string BriefingUrl,
    string HistoryUrl,
    DiffSideView From,
    DiffSideView To,
    IReadOnlyList<ChangeNoteView> Notes,
    string Summary,
    IReadOnlyList<DiffBlockView> FrontMatter,
    IReadOnlyList<DiffBlockView> Blocks) : ILayoutView;

/// <summary>One of the two versions a diff compares.</summary>
public sealed record DiffSideView(int Number, string Url, DateView Date);

/// <summary>
/// One block of a diff page. <see cref="Tag"/> is <c>p</c> or a heading tag; <see cref="Kind"/> is the CSS class
/// (unchanged, changed, added, removed, collapsed); <see cref="Label"/> is the visible text that says what
/// happened to a whole block, so that nothing depends on colour.
/// </summary>
public sealed record DiffBlockView(string Tag, string Kind, string? Label, IReadOnlyList<DiffRunView> Runs, string? CollapsedText)
{
    public bool IsCollapsed => CollapsedText is not null;
}

/// <summary>Words of one kind; the template puts <c>&lt;ins&gt;</c> or <c>&lt;del&gt;</c> around changed ones.</summary>
public sealed record DiffRunView(string Text, bool IsInserted, bool IsDeleted);
