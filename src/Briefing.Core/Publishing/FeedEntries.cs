using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>What the feed announces: what every feature contributes (see <see cref="ISitePart.FeedEntries"/>).</summary>
public static class FeedEntries
{
    /// <param name="site">The site model.</param>
    /// <param name="absolute">Makes a root-relative URL absolute against the URL the site is served from.</param>
    public static IEnumerable<FeedEntry> From(SiteModel site, Func<string, string> absolute) =>
        site.Parts.SelectMany(p => p.FeedEntries(site.Config, absolute));

    /// <summary>
    /// Every entry, made once per build for the site feed and the topic feeds alike (with a build cache, kept while
    /// <paramref name="heads"/>, every document's front matter, is unchanged): making them is most of a feed's cost.
    /// </summary>
    public static IReadOnlyList<FeedEntry> Shared(RenderContext context, IReadOnlyList<object> heads) =>
        context.Remember("feed-entries", heads, () => From(context.Site, context.Absolute).ToArray());
}
