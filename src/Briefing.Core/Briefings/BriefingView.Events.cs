using Briefing.Core.Site;
namespace Briefing.Core.Briefings;

/// <summary>The events part of a briefing page, kept apart from the briefing's own fields.</summary>
public sealed partial record BriefingView
{
    /// <summary>The events that cite this briefing (any version), oldest first; empty when none do.</summary>
    public IReadOnlyList<CitingEventView> CitingEvents { get; init; } = [];
}
