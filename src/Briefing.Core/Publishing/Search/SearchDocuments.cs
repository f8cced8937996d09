using Briefing.Core.Model;

namespace Briefing.Core.Publishing.Search;

/// <summary>What the site offers to search: briefings at their latest version, events, and standalone pages.</summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(Site site) =>
        site.Briefings.Select(Briefing)
            .Concat(site.Pages.Select(Page))
            .ToList();

    private static SearchDocument Briefing(BriefingDocument briefing)
    {
        var latest = briefing.Latest;
        var front = latest.FrontMatter;
        return new SearchDocument(front.Title, briefing.Url, "Briefing", latest.Date, front.Summary, front.Tags, HtmlText.Of(latest.Content.Html));
    }

    private static SearchDocument Page(Page page) =>
        new(page.Title, page.Url, "Page", null, page.Source.FrontMatter.Summary ?? "", [], HtmlText.Of(page.Content.Html));
}
