using System.ComponentModel.DataAnnotations;
using Briefing.Core.Briefings;

namespace Briefing.Core.Events;

/// <summary>
/// One entry of an event's <c>changes:</c> list: a published event corrected in the open, as a briefing's
/// later version is. The event's fields hold the corrected values; <see cref="Was"/> keeps the earlier ones.
/// </summary>
public sealed record EventChange
{
    /// <summary>What kind of change: <c>correction</c> (something published was wrong), <c>update</c> (new information) or <c>clarification</c> (wording, no fact reversed).</summary>
    /// <example>correction</example>
    public required ChangeType Type { get; init; }

    /// <summary>The day the change was published, as YYYY-MM-DD: from that day the index uses the corrected values.</summary>
    /// <example>2026-11-30</example>
    public required DateOnly Date { get; init; }

    /// <summary>What changed and why, in a sentence or two readers see at the top of the event's page.</summary>
    /// <example>"The event was dated 30 June, the day the summons was announced; the meeting took place on 1 July."</example>
    public required string Text { get; init; }

    /// <summary>
    /// The values before the change of the fields it changed that the index uses (<c>date</c>, <c>cameo</c>,
    /// <c>goldstein</c>, <c>actor1</c>, <c>actor2</c>); leave it out when none of them changed.
    /// </summary>
    /// <example>{date: 2025-06-30}</example>
    public EventWas? Was { get; init; }

    /// <summary>The label shown to readers: "Correction", "Update" or "Clarification".</summary>
    internal string Label => Type.ToString();

    /// <summary>The file line of this entry, for diagnostics raised once the whole site is known.</summary>
    internal int Line { get; init; }

    internal int DateLine { get; init; }
}

/// <summary>The earlier values of the fields a change changed; each must differ from the value the change gave it.</summary>
public sealed record EventWas
{
    /// <summary>The earlier date, <c>YYYY-MM-DD</c> or <c>YYYY-MM</c>.</summary>
    /// <example>2025-06-30</example>
    public EventDate? Date { get; init; }

    /// <summary>The earlier CAMEO code, in quotes.</summary>
    /// <example>"112"</example>
    [RegularExpression("^[0-9]{2,4}$")]
    public string? Cameo { get; init; }

    /// <summary>The earlier Goldstein override; only for an event that has one now.</summary>
    /// <example>-4.5</example>
    [Range(-10, 10)]
    public decimal? Goldstein { get; init; }

    /// <summary>The earlier acting actor.</summary>
    /// <example>RUS:GOV</example>
    public Actor? Actor1 { get; init; }

    /// <summary>The earlier target actor.</summary>
    /// <example>AZE</example>
    public Actor? Actor2 { get; init; }

    /// <summary>The names of the fields given, in the order above.</summary>
    internal IEnumerable<string> Fields =>
        new (string Name, bool Given)[]
        {
            ("date", Date is not null), ("cameo", Cameo is not null), ("goldstein", Goldstein is not null),
            ("actor1", Actor1 is not null), ("actor2", Actor2 is not null),
        }.Where(f => f.Given).Select(f => f.Name);
}
