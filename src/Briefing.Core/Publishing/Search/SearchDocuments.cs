using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>What the site offers to search: what every feature contributes, in registration order, not yet made.</summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchSource> Sources(SiteModel site) => [.. site.Parts.SelectMany(p => p.SearchDocuments)];
}
