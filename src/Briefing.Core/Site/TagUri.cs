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
    public static string For(string siteBaseUrl, string date, string path) => $"tag:{HostOf(siteBaseUrl)},{date}:{path}";

    // A site has one base URL, and every feed entry of every build asks for its host: parsing it each time was a third of
    // making 10,000 entries. The last answer is kept (one entry, replaced whole, so threads never see half of it).
    private static Host? _last;

    private static string HostOf(string siteBaseUrl)
    {
        if (Volatile.Read(ref _last) is { } last && ReferenceEquals(last.BaseUrl, siteBaseUrl))
        {
            return last.Name;
        }
        var host = new Host(siteBaseUrl, new Uri(siteBaseUrl, UriKind.Absolute).Host.ToLowerInvariant());
        Volatile.Write(ref _last, host);
        return host.Name;
    }

    private sealed record Host(string BaseUrl, string Name);
}
