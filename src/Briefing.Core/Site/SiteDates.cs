
namespace Briefing.Core.Site;

/// <summary>Dates the publishing files take from content, never from the clock.</summary>
public static class SiteDates
{
    /// <summary>Stands in for "newest" on a site with no dated content, so that output stays deterministic.</summary>
    public static readonly DateOnly Epoch = new(1970, 1, 1);

    /// <summary>The newest date anywhere in the content: the day the site as a whole last changed.</summary>
    public static DateOnly Newest(SiteModel site) => site.Newest;

    /// <summary>An Atom/RFC 3339 timestamp for a day: midnight UTC, since content carries days, not times.</summary>
    public static string Rfc3339(DateOnly date) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";

    public static string Iso(DateOnly date) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
