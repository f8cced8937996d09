namespace Briefing.Core.Site;

/// <summary>
/// One entry of the Atom feed. <see cref="ContentHtml"/> is HTML the feed carries escaped; null for none.
/// <see cref="Topics"/> are the root-relative URLs of the list pages it appears on (an actor's, a tag's): each
/// such page that offers a feed of its own (<see cref="Output.PageMeta.FeedUrl"/>) carries the entry there too.
/// </summary>
public sealed record FeedEntry(
    string Id,
    string Title,
    string Url,
    DateOnly Published,
    DateOnly Updated,
    string Author,
    string Summary,
    IReadOnlyList<string> Categories,
    string? ContentHtml = null)
{
    public IReadOnlyList<string> Topics { get; init; } = [];
}

/// <summary>
/// The feed entries one document announces, not yet made: <see cref="Make"/> makes them (in the order the feeds list
/// entries of the same day and URL), and <see cref="Key"/> is what they are made from besides the configuration and
/// base URL (a model record, a parsed document). The feeds keep last build's entries for the very same key object (the
/// build cache hands back the same one for an unchanged file), so a key must cover everything <see cref="Make"/> reads.
/// </summary>
public sealed record FeedSource(object Key, Func<IReadOnlyList<FeedEntry>> Make);

/// <summary>The feed as a whole: <see cref="SelfUrl"/> and <see cref="HomeUrl"/> are absolute.</summary>
public sealed record FeedHeader(string Id, string Title, string Subtitle, string SelfUrl, string HomeUrl, string Author);
