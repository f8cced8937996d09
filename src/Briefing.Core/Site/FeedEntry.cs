namespace Briefing.Core.Site;

/// <summary>One entry of the Atom feed. <see cref="ContentHtml"/> is HTML the feed carries escaped; null for none.</summary>
public sealed record FeedEntry(
    string Id,
    string Title,
    string Url,
    DateOnly Published,
    DateOnly Updated,
    string Author,
    string Summary,
    IReadOnlyList<string> Categories,
    string? ContentHtml = null);

/// <summary>The feed as a whole: <see cref="SelfUrl"/> and <see cref="HomeUrl"/> are absolute.</summary>
public sealed record FeedHeader(string Id, string Title, string Subtitle, string SelfUrl, string HomeUrl, string Author);
