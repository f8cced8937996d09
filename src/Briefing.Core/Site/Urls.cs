using Briefing.Core.Text;
namespace Briefing.Core.Site;

/// <summary>
/// Every URL the site publishes, in one place. URLs are folder-style and root-relative
/// (<c>/briefings/x/</c>); <see cref="ToOutputPath"/> maps one to its file in <c>output/</c>.
/// </summary>
public static class Urls
{
    public const string Home = "/";
    public const string Briefings = "/briefings/";
    public const string NotFound = "/404.html";
    public const string Search = "/search/";
    public const string SearchIndex = "/search/index.json";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";


    public static string Briefing(string slug) => $"/briefings/{slug}/";

    public static string BriefingVersion(string slug, int number) => $"/briefings/{slug}/v{number}/";

    public static string BriefingHistory(string slug) => $"/briefings/{slug}/history/";

    public static string BriefingDiff(string slug, int from, int to) => $"/briefings/{slug}/diff/v{from}-v{to}/";

    public const string Events = "/events/";

    public static string Event(string slug) => $"/events/{slug}/";

    /// <summary>A year of the events archive, <c>/events/2025/</c>; a four-digit name is therefore no event's slug.</summary>
    public static string EventYear(int year) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/events/{year:D4}/");

    /// <summary>A month of the events archive, <c>/events/2025/06/</c>, paged like every list.</summary>
    public static string EventMonth(int year, int month) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/events/{year:D4}/{month:D2}/");

    /// <summary>The event record as data, its JSON Schema and its codebook; <c>codebook</c> is therefore no event's slug.</summary>
    public const string EventsCsv = "/events/events.csv";

    public const string EventsJson = "/events/events.json";

    public const string EventsSchema = "/events/events-dataset.schema.json";

    public const string EventsCodebook = "/events/codebook/";

    public const string Actors = "/actors/";

    /// <summary>A country's page, by its ISO 3166 alpha-3 code in lower case: <c>/actors/aze/</c>.</summary>
    public static string Actor(string country) => ActorUrls.For(country);

    // Made once per country and tag: every event's feed entry, view and list entry names its actors' and tags' pages.
    private static readonly SharedValues ActorUrls = new(country => $"/actors/{country.ToLowerInvariant()}/");
    private static readonly SharedValues TagUrls = new(name => $"/tags/{Slug.From(name)}/");

    public const string Tension = "/tension/";

    public const string TensionCsv = "/tension/index.csv";

    public const string TensionJson = "/tension/index.json";

    public const string TensionRevisionsCsv = "/tension/revisions.csv";

    public static string Page(string slug) => $"/{slug}/";

    /// <summary>A tag's page; its slug is its name slugged, so "Air defence" lives at <c>/tags/air-defence/</c>.</summary>
    public static string Tag(string name) => TagUrls.For(name);

    /// <summary>The Atom feed of a list page (an actor's, a tag's): <c>/tags/energy/</c> has <c>/tags/energy/feed.xml</c>.</summary>
    public static string FeedOf(string pageUrl) => pageUrl + "feed.xml";

    /// <summary><c>/a/b/</c> becomes <c>a/b/index.html</c>; a URL naming a file keeps its name.</summary>
    public static string ToOutputPath(string url)
    {
        var trimmed = url.TrimStart('/');
        return trimmed.Length == 0 || trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }

    /// <summary>
    /// A URL with every non-ASCII character percent-encoded as UTF-8, for formats that want URIs, not IRIs (the
    /// sitemap): slugs keep the letters of non-Latin scripts, so <c>/tags/москва/</c> becomes <c>/tags/%D0%BC…/</c>.
    /// </summary>
    public static string Escaped(string url)
    {
        if (System.Text.Ascii.IsValid(url))
        {
            return url;
        }
        var builder = new System.Text.StringBuilder(url.Length * 2);
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(url))
        {
            builder.Append(b < 0x80 ? ((char)b).ToString() : $"%{b:X2}");
        }
        return builder.ToString();
    }

    /// <summary>The absolute form of a root-relative URL, for canonical links and feeds.</summary>
    public static string Absolute(string baseUrl, string url) => baseUrl.TrimEnd('/') + url;

    /// <summary>True when <paramref name="candidate"/> is <see cref="Absolute"/> of <paramref name="url"/>, without making that string.</summary>
    public static bool IsAbsolute(string candidate, string baseUrl, string url)
    {
        var root = baseUrl.AsSpan().TrimEnd('/');
        return candidate.Length == root.Length + url.Length
            && candidate.AsSpan().StartsWith(root, StringComparison.Ordinal)
            && candidate.AsSpan(root.Length).SequenceEqual(url);
    }
}
