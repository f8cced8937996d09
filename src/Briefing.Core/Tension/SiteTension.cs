using Briefing.Core.Events;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Tension;

/// <summary>
/// The index of a site: its configured dyad applied to its events. The adapter from the event model
/// to <see cref="TensionEvent"/> lives here so that <see cref="TensionIndex"/> knows nothing of front matter.
/// </summary>
/// <param name="Dyad">The two countries, in the order <c>site.yml</c> gives them.</param>
/// <param name="Names">The two countries' names, as readers see them.</param>
/// <param name="Months">The computed months; empty when no event joins the two countries.</param>
public sealed record SiteTension(Dyad Dyad, DyadNames Names, IReadOnlyList<TensionMonth> Months)
{
    /// <summary>The site's index, or null when <c>site.yml</c> has no <c>tension:</c> section.</summary>
    public static SiteTension? For(SiteConfig config, IEnumerable<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Tension is not { Dyad: [var first, var second] })
        {
            return null;
        }
        var dyad = new Dyad(first, second);
        var months = TensionIndex.Compute(events.Select(ToTensionEvent), dyad);
        return new SiteTension(dyad, new DyadNames(Countries.Name(first), Countries.Name(second)), months);
    }

    /// <summary>The facts the index uses from one event: month, g = 10 × effective Goldstein value, countries (roles dropped), link.</summary>
    public static TensionEvent ToTensionEvent(EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new TensionEvent(
            new YearMonth(record.Date.Year, record.Date.Month),
            TensionEvent.ToG(record.Goldstein),
            record.Actor1.Country,
            record.Actor2.Country,
            record.Slug,
            record.Url,
            record.Title,
            record.Date.Day);
    }
}
