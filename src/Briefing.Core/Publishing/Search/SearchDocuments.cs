using Briefing.Core.Briefings;
using Briefing.Core.Content;
using Briefing.Core.Events;
using Briefing.Core.Pages;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing.Search;

/// <summary>What the site offers to search: briefings at their latest version, events (newest first), and standalone pages.</summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(SiteModel site)
    {
        var makers = site.Briefings.Select(b => (Func<SearchDocument>)(() => Briefing(b)))
            .Concat(site.Events.Reverse().Select(e => (Func<SearchDocument>)(() => Event(e))))
            .Concat(site.Pages.Select(p => (Func<SearchDocument>)(() => Page(p))))
            .ToArray();
        // Extracting text from each document's HTML is independent work: in parallel, each in its place.
        var documents = new SearchDocument[makers.Length];
        Parallel.For(0, makers.Length, i => documents[i] = makers[i]());
        return documents;
    }

    private static SearchDocument Event(EventRecord record)
    {
        var front = record.FrontMatter;
        var facts = $"{front.Location} {record.Actor1.CountryName} {record.Actor2.CountryName}";
        return new SearchDocument(front.Title, record.Url, "Event", EventStructuredData.DateText(record.Date), front.Summary, front.Tags,
            facts + " " + HtmlText.Of(record.Content.Html));
    }

    private static SearchDocument Briefing(BriefingDocument briefing)
    {
        var latest = briefing.Latest;
        var front = latest.FrontMatter;
        return new SearchDocument(front.Title, briefing.Url, "Briefing", SiteDates.Iso(latest.Date), front.Summary, front.Tags, HtmlText.Of(latest.Content.Html));
    }

    private static SearchDocument Page(Page page) =>
        new(page.Title, page.Url, "Page", "", page.Source.FrontMatter.Summary ?? "", [], HtmlText.Of(page.Content.Html));
}
