using Briefing.Core.Briefings;
using Briefing.Core.Events;
using Briefing.Core.Pages;
using Briefing.Core.Text;

namespace Briefing.Core.Site;

/// <summary>
/// The whole publication as the render phase sees it: immutable, sorted, validated.
/// Briefings are newest first (by their latest version), then by slug; pages by slug;
/// events oldest first, by date then slug (ordinal).
/// </summary>
public sealed record SiteModel(SiteConfig Config, IReadOnlyList<BriefingDocument> Briefings, IReadOnlyList<Page> Pages)
{
    // Made on first use, from the briefings the site was built with: every event's citation looks a briefing up.
    private Dictionary<string, BriefingDocument>? _bySlug;

    public BriefingDocument? FindBriefing(string slug)
    {
        _bySlug ??= Briefings.ToDictionary(b => b.Slug, StringComparer.Ordinal);
        return _bySlug.GetValueOrDefault(slug);
    }

    /// <summary>Every event, sorted by date (month-precision dates before the days of their month), then slug.</summary>
    public IReadOnlyList<EventRecord> Events { get; init; } = [];
}
