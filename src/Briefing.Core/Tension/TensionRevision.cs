namespace Briefing.Core.Tension;

/// <summary>Why a published value moved: a change to an event already in the record, or an event recorded late.</summary>
public enum RevisionCause
{
    /// <summary>A correction, update or clarification changed an event's date, code, value or actors.</summary>
    Change,

    /// <summary>An event entered the record after the month it belongs to had been published.</summary>
    RecordedLate,
}

/// <summary>
/// One step that moved a month's published value: on <see cref="Day"/>, the <see cref="Step"/>-th step of that day
/// to move any value, <see cref="Before"/> became <see cref="After"/> (null when the month left the series).
/// </summary>
/// <param name="Month">The month whose value moved.</param>
/// <param name="Day">The day of the change or of the late recording.</param>
/// <param name="Step">Its place among that day's steps that moved a value, from 1 (see <see cref="TensionRevisions"/> for the order).</param>
/// <param name="Before">T before the step.</param>
/// <param name="TrendBefore">The month's trend before the step.</param>
/// <param name="After">T after the step, or null when the month is no longer in the series.</param>
/// <param name="TrendAfter">The month's trend after the step, or null with <see cref="After"/>.</param>
/// <param name="Cause">A change to an event, or an event recorded late.</param>
/// <param name="Event">The event that changed or was recorded.</param>
/// <param name="ChangeType">The change's type (<c>correction</c>…), for <see cref="RevisionCause.Change"/>; else null.</param>
/// <param name="Note">The change's note, for <see cref="RevisionCause.Change"/>; else null.</param>
public sealed record TensionRevision(
    YearMonth Month,
    DateOnly Day,
    int Step,
    OneDecimal Before,
    TensionTrend TrendBefore,
    OneDecimal? After,
    TensionTrend? TrendAfter,
    RevisionCause Cause,
    TensionEvent Event,
    string? ChangeType,
    string? Note);

/// <summary>A month whose published value has been revised: what it first was, when, and each revision since.</summary>
/// <param name="Month">The month.</param>
/// <param name="FirstPublished">T as first published.</param>
/// <param name="FirstTrend">Its trend as first published.</param>
/// <param name="FirstPublishedOn">The day it was first published, or null when the events give no <c>recorded:</c> day.</param>
/// <param name="Revisions">Its revisions in order: by day, then step.</param>
public sealed record RevisedMonth(YearMonth Month, OneDecimal FirstPublished, TensionTrend FirstTrend, DateOnly? FirstPublishedOn, IReadOnlyList<TensionRevision> Revisions);
