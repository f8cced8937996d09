namespace Briefing.Core.Output;


/// <summary>
/// The head of a page: its title, description, canonical URL and structured data.
/// <see cref="JsonLd"/> is already serialised and escaped for a script data block.
/// </summary>
public sealed record PageMeta(
    string Title,
    string DocumentTitle,
    string Description,
    string Url,
    string CanonicalUrl,
    string OgType,
    string? JsonLd)
{
    /// <summary>The day the page's content was first published, when it has one (articles, events).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The day the page's content last changed: the sitemap's <c>lastmod</c>. Null means "the site's newest date".</summary>
    public DateOnly? Modified { get; init; }

    /// <summary>False for pages search engines should not list (the 404 page): they get <c>noindex</c> and stay out of the sitemap.</summary>
    public bool Indexable { get; init; } = true;

    /// <summary>
    /// The root-relative URL of this page's own Atom feed (<c>/tags/energy/feed.xml</c>), announced in its head; null
    /// when it has none. The feed holds the entries whose topics name this page (<c>Publishing/TopicFeeds</c>).
    /// </summary>
    public string? FeedUrl { get; init; }

    /// <summary>The previous page of a paged list, for <c>&lt;link rel="prev"&gt;</c>; null elsewhere.</summary>
    public string? PreviousUrl { get; init; }

    /// <summary>The next page of a paged list, for <c>&lt;link rel="next"&gt;</c>; null elsewhere.</summary>
    public string? NextUrl { get; init; }

    /// <summary>
    /// What a build keeps of the head once its page is written: what the sitemap reads (location, canonical URL, day,
    /// whether it is listed) and, for a page that offers a feed, the title and description its feed is headed with.
    /// The rest (titles, descriptions, JSON-LD, neighbours) is written and done with: at 100,000 events the heads kept
    /// whole were about 50 MB.
    /// </summary>
    public PageMeta Written() =>
        FeedUrl is null
            ? this with { Title = "", DocumentTitle = "", Description = "", JsonLd = null, PreviousUrl = null, NextUrl = null }
            : this with { JsonLd = null };

    public string? PublishedIso => Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string? ModifiedIso => Modified?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}