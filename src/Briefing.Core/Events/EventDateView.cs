using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>How an event's date reads on a page.</summary>
public static class EventDateView
{
    /// <summary>An event's date at its own precision: "27 June 2025" or "June 2025", with ISO <c>2025-06-27</c> or <c>2025-06</c>.</summary>
    public static DateView View(this EventDate date) => new(date.ToDisplayText(), date.ToString());
}
