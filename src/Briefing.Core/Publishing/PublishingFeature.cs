using Briefing.Core.Publishing.Search;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>
/// The files that describe the rest of the site: the Atom feed and one per actor and tag, search (its page and index), the sitemap and
/// robots.txt. They read what every feature contributes (<see cref="ISitePart"/>) and never name a kind.
/// </summary>
public sealed class PublishingFeature : ISiteFeature
{
    public IEnumerable<string> Sections => ["search", "feed", "sitemap", "robots"];

    public IEnumerable<IPageGenerator> Generators => [new FeedFile(), new TopicFeeds(), new RobotsFile(), new SearchFiles(), new SitemapFile()];

    public ISitePart? Model(ModelContext context) => new SearchMenu();

    private sealed class SearchMenu : ISitePart
    {
        public IEnumerable<MenuLink> Menu => [new MenuLink("Search", Urls.Search, 90)];
    }
}
