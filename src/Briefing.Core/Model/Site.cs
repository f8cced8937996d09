using Briefing.Core.Content;

namespace Briefing.Core.Model;

/// <summary>
/// The whole publication as the render phase sees it: immutable, sorted, validated.
/// Briefings are newest first (by their latest version), then by slug; pages by slug.
/// </summary>
public sealed record Site(SiteConfig Config, IReadOnlyList<BriefingDocument> Briefings, IReadOnlyList<Page> Pages)
{
    public BriefingDocument? FindBriefing(string slug) =>
        Briefings.FirstOrDefault(b => string.Equals(b.Slug, slug, StringComparison.Ordinal));
}
