using System.Globalization;

namespace Briefing.Core.Site;

/// <summary>
/// Permanent ids for feed entries as tag URIs (RFC 4151): <c>tag:briefing.example.org,2025-07-21:/briefings/x/v1/</c>.
/// They are built from the host in <c>site.yml</c>, not from <c>--base-url</c>, so a deploy preview's
/// feed has the same ids as production's, and an entry keeps its id whatever the site is served from.
/// </summary>
public static class TagUri
{
    public static string For(string siteBaseUrl, DateOnly date, string path) =>
        For(siteBaseUrl, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), path);

    /// <param name="siteBaseUrl">The base URL from <c>site.yml</c>.</param>
    /// <param name="date">A day (<c>2025-07-21</c>), or a month (<c>2025-07</c>) for what is known only by its month, as RFC 4151 allows.</param>
    /// <param name="path">The entry's root-relative URL.</param>
    public static string For(string siteBaseUrl, string date, string path)
    {
        var host = new Uri(siteBaseUrl, UriKind.Absolute).Host.ToLowerInvariant();
        return $"tag:{host},{date}:{path}";
    }
}
