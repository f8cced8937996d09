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
    public required string Title { get; init; }

    /// <summary>
    /// When it happened: <c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> when the sources give only the month
    /// (never invent a day). Must match the date at the start of the file name.
    /// </summary>
    public required EventDate Date { get; init; }

    /// <summary>Where it happened, as readers would name it, e.g. "Aktau, Kazakhstan".</summary>
    public required string Location { get; init; }

    /// <summary>Who acted: an ISO 3166-1 alpha-3 country code with an optional CAMEO role, e.g. <c>RUS</c> or <c>RUS:MIL</c>.</summary>
    public required Actor Actor1 { get; init; }

    /// <summary>Who the action was aimed at, coded as <see cref="Actor1"/>.</summary>
    public required Actor Actor2 { get; init; }

    /// <summary>
    /// The CAMEO event code of the action, written in quotes so leading zeros survive (<c>"0871"</c>,
    /// <c>"195"</c>); it must be in the CAMEO table, which gives its Goldstein value.
    /// </summary>
    public required string Cameo { get; init; }

    /// <summary>
    /// Optional: a Goldstein value (−10 to +10) to use instead of the CAMEO table's, when the code's
    /// value misrepresents this action. Requires <see cref="GoldsteinReason"/>.
    /// </summary>
    public decimal? Goldstein { get; init; }

    /// <summary>Why the Goldstein value was overridden; required with <see cref="Goldstein"/>, not allowed without it.</summary>
    public string? GoldsteinReason { get; init; }

    /// <summary>Optional: people killed, the conservative figure the sources give; a whole number, 0 or more.</summary>
    public int? Fatalities { get; init; }

    /// <summary>Optional: people injured, the conservative figure the sources give; a whole number, 0 or more.</summary>
    public int? Injured { get; init; }

    /// <summary>
    /// Where the facts come from, at least one: <c>{briefing: &lt;slug&gt;, version: N, section: &lt;anchor&gt;}</c>
    /// for a section of a briefing on this site, or <c>{url: https://…, title: …}</c> for a page elsewhere.
    /// </summary>
    public required IReadOnlyList<EventCitation> Sources { get; init; }

    /// <summary>Topics, written in lower case (e.g. <c>aviation</c>); shared with briefings' tag pages.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>One or two sentences shown on the timeline and in link previews.</summary>
    public required string Summary { get; init; }

    /// <summary>Free-form values for themes.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    internal static EventFrontMatter? Parse(YamlMap map) => EventFrontMatterParser.Parse(map, CameoTable.Default);
}
