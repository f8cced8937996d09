using System.Collections.Concurrent;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>How an event's date reads on a page.</summary>
public static class EventDateView
{
    // An event's date shows on its page, on its neighbours' and in every list it is in, and a site has a few thousand
    // distinct dates however many events: each view is made once per date, not three strings per showing. Dates are
    // values, so a view shared between pages is the one each would have made.
    private static readonly ConcurrentDictionary<EventDate, DateView> Views = new();

    /// <summary>An event's date at its own precision: "27 June 2025" or "June 2025", with ISO <c>2025-06-27</c> or <c>2025-06</c>.</summary>
    public static DateView View(this EventDate date) => Views.GetOrAdd(date, static d => new(d.ToDisplayText(), d.ToString()));
}
