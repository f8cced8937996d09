using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>What the site offers to search: what every feature contributes, in registration order.</summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(SiteModel site)
    {
        var makers = site.Parts.SelectMany(p => p.SearchDocuments).ToArray();
        // Extracting text from each document's HTML is independent work: in parallel, each in its place.
        var documents = new SearchDocument[makers.Length];
        Parallel.For(0, makers.Length, i => documents[i] = makers[i]());
        return documents;
    }
}
