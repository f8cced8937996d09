using Briefing.Core.Content;
using Briefing.Core.Events;

namespace Briefing.Core.Model;

/// <summary>
/// The whole publication as the render phase sees it: immutable, sorted, validated.
/// Briefings are newest first (by their latest version), then by slug; pages by slug;
/// events oldest first, by date then slug (ordinal).
/// </summary>
public sealed record Site(SiteConfig Config, IReadOnlyList<BriefingDocument> Briefings, IReadOnlyList<Page> Pages)
{
    public BriefingDocument? FindBriefing(string slug) =>
        Briefings.FirstOrDefault(b => string.Equals(b.Slug, slug, StringComparison.Ordinal));

    /// <summary>Every event, sorted by date (month-precision dates before the days of their month), then slug.</summary>
    public IReadOnlyList<EventRecord> Events { get; init; } = [];
}
