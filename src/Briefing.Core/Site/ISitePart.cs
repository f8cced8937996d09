using Briefing.Core.Markdown;

namespace Briefing.Core.Site;

/// <summary>
/// One feature's share of the site model (its briefings, events, pages…), and what it contributes to
/// what every feature shares: the bodies the link check reads, the dates the sitemap takes its newest
/// from, the main navigation, citations, feed entries and search documents. A new kind of content
/// implements what applies; the shared pages (feed, search, sitemap) never name a kind.
/// </summary>
public interface ISitePart
{
    /// <summary>The front matter of everything it holds, for pages that list or announce all content (the feed).</summary>
    IEnumerable<object> Heads => [];

    /// <summary>Every whole document it holds, for outputs made of all content (the search index).</summary>
    IEnumerable<object> Documents => [];

    /// <summary>Every Markdown body, with the file it came from, for the link check.</summary>
    IEnumerable<MarkdownBody> Bodies => [];

    /// <summary>The dates of its content; the newest of all is the day the site last changed.</summary>
    IEnumerable<DateOnly> Dates => [];

    /// <summary>The newest of <see cref="Dates"/>, or null when it has none; a part with many dates may find it faster.</summary>
    DateOnly? NewestDate
    {
        get
        {
            DateOnly? newest = null;
            foreach (var date in Dates)
            {
                newest = newest is { } known && known >= date ? known : date;
            }
            return newest;
        }
    }

    /// <summary>Its entries in the main navigation.</summary>
    IEnumerable<MenuLink> Menu => [];

    /// <summary>Links to other content that cites it, keyed by the cited document (e.g. events citing a briefing).</summary>
    IEnumerable<Citation> Citations => [];

    /// <summary>What the Atom feeds announce, document by document, in the order the feed lists entries of the same day and URL.</summary>
    IEnumerable<FeedSource> FeedSources(SiteConfig config, Func<string, string> absolute) => [];

    /// <summary>What search offers, each with the source it is made from, so that a rebuild makes only the changed ones again.</summary>
    IEnumerable<SearchSource> SearchDocuments => [];
}

/// <summary>A link in the main navigation; lower weights come first, then titles (ordinal).</summary>
public sealed record MenuLink(string Title, string Url, int Weight);

/// <summary>That <see cref="Target"/> (a briefing's slug) is cited by the document <see cref="View"/> shows.</summary>
public sealed record Citation(string Target, CitingEventView View);

/// <summary>A document that cites a briefing, as the briefing's page lists it.</summary>
public sealed record CitingEventView(string Title, string Url, DateView Date, string Cites);
