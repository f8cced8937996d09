using System.ComponentModel.DataAnnotations;
using Briefing.Core.Content.Yaml;

namespace Briefing.Core.Events;

/// <summary>
/// The front matter of one event, <c>input/events/&lt;yyyy-mm-dd&gt;-&lt;slug&gt;.md</c> (or
/// <c>&lt;yyyy-mm&gt;-&lt;slug&gt;.md</c> for month precision): one action by one actor towards another,
/// coded in CAMEO with a Goldstein value, as conflict trackers such as ACLED and GDELT record events.
/// </summary>
public sealed record EventFrontMatter
{
    /// <summary>A short headline for the action, e.g. "Russia summons Azerbaijan's ambassador".</summary>
    /// <example>Two Azerbaijani brothers die after a police raid in Yekaterinburg</example>
    public required string Title { get; init; }

    /// <summary>
    /// When it happened: <c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> when the sources give only the month
    /// (never invent a day). Must match the date at the start of the file name.
    /// </summary>
    /// <example>2025-06-27</example>
    public required EventDate Date { get; init; }

    /// <summary>Where it happened, as readers would name it, e.g. "Aktau, Kazakhstan".</summary>
    /// <example>Yekaterinburg, Russia</example>
    public required string Location { get; init; }

    /// <summary>Who acted: an ISO 3166-1 alpha-3 country code with an optional CAMEO role, e.g. <c>RUS</c> or <c>RUS:MIL</c>.</summary>
    /// <example>RUS:COP</example>
    public required Actor Actor1 { get; init; }

    /// <summary>Who the action was aimed at, coded as <see cref="Actor1"/>.</summary>
    /// <example>AZE:CVL</example>
    public required Actor Actor2 { get; init; }

    /// <summary>
    /// The CAMEO event code of the action, written in quotes so leading zeros survive (<c>"0871"</c>,
    /// <c>"195"</c>); it must be in the CAMEO table, which gives its Goldstein value.
    /// </summary>
    /// <example>"1823"</example>
    [RegularExpression("^[0-9]{2,4}$")]
    public required string Cameo { get; init; }

    /// <summary>
    /// Optional: a Goldstein value (−10 to +10) to use instead of the CAMEO table's, when the code's
    /// value misrepresents this action. Requires <see cref="GoldsteinReason"/>, and a paragraph of the account
    /// starting <c>**Coding note.**</c> that explains it.
    /// </summary>
    /// <example>-4.5</example>
    [Range(-10, 10)]
    public decimal? Goldstein { get; init; }

    /// <summary>Why the Goldstein value was overridden; required with <see cref="Goldstein"/>, not allowed without it.</summary>
    /// <example>The CAMEO value for a demand understates an ultimatum.</example>
    public string? GoldsteinReason { get; init; }

    /// <summary>Optional: people killed, the conservative figure the sources give; a whole number, 0 or more.</summary>
    /// <example>2</example>
    [Range(0, int.MaxValue)]
    public int? Fatalities { get; init; }

    /// <summary>Optional: people injured, the conservative figure the sources give; a whole number, 0 or more.</summary>
    /// <example>0</example>
    [Range(0, int.MaxValue)]
    public int? Injured { get; init; }

    /// <summary>
    /// Where the facts come from, at least one: <c>{briefing: &lt;slug&gt;, version: N, section: &lt;anchor&gt;}</c>
    /// for a section of a briefing on this site, or <c>{url: https://…, title: …}</c> for a page elsewhere.
    /// </summary>
    /// <example>[{briefing: breaking-bonds, version: 1, section: p-6}]</example>
    public required IReadOnlyList<EventCitation> Sources { get; init; }

    /// <summary>Topics, written in lower case (e.g. <c>aviation</c>); shared with briefings' tag pages.</summary>
    /// <example>[diaspora, justice]</example>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>One or two sentences shown on the timeline and in link previews.</summary>
    /// <example>Ziyaddin and Huseyn Safarov die in custody on the day of their detention.</example>
    public required string Summary { get; init; }

    /// <summary>
    /// The day the event entered the published record, as YYYY-MM-DD (not the day it happened): the index as it
    /// stood on an earlier day leaves it out. Once one event of a site has it, every event must.
    /// </summary>
    /// <example>2026-11-30</example>
    public DateOnly? Recorded { get; init; }

    /// <summary>
    /// Corrections, updates and clarifications made after publication, oldest first: a list of
    /// <c>{type, date, text}</c> with <c>was:</c> holding the earlier values of the fields the change changed.
    /// </summary>
    /// <example>[{type: correction, date: 2026-11-30, text: "…", was: {date: 2025-06-30}}]</example>
    public IReadOnlyList<EventChange> Changes { get; init; } = [];

    /// <summary>Free-form values for themes.</summary>
    /// <example>{ map_zoom: 6 }</example>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    internal static EventFrontMatter? Parse(YamlMap map) => EventFrontMatterParser.Parse(map, CameoTable.Default);
}
