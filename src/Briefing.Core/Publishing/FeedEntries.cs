using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>What the feed announces: what every feature contributes (see <see cref="ISitePart.FeedEntries"/>).</summary>
public static class FeedEntries
{
    /// <param name="site">The site model.</param>
    /// <param name="absolute">Makes a root-relative URL absolute against the URL the site is served from.</param>
    public static IEnumerable<FeedEntry> From(SiteModel site, Func<string, string> absolute) =>
        site.Parts.SelectMany(p => p.FeedEntries(site.Config, absolute));
}
