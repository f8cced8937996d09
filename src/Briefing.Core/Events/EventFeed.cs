using Briefing.Core.Content;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>What the feed and search take from an event.</summary>
internal static class EventFeed
{
    /// <summary>
    /// An event, dated by the day it happened. Atom needs a full date, so an event known only by its
    /// month is dated the first of that month; its id keeps just the month.
    /// </summary>
    public static FeedEntry Entry(SiteConfig config, EventRecord record, Func<string, string> absolute) =>
        new(TagUri.For(config.BaseUrl, EventStructuredData.DateText(record.Date), record.Url),
            record.Title,
            absolute(record.Url),
            record.Date.FirstDay,
            record.Date.FirstDay,
            config.Author,
            record.FrontMatter.Summary,
            record.FrontMatter.Tags)
        {
            Topics = Topics(record),
        };

    /// <summary>The pages listing the event: its actors' (one when both are the same country) and its tags'.</summary>
    private static string[] Topics(EventRecord record) =>
        [.. new[] { Urls.Actor(record.Actor1.Country), Urls.Actor(record.Actor2.Country) }
            .Concat(record.FrontMatter.Tags.Select(Urls.Tag))
            .Distinct(StringComparer.Ordinal)];

    public static SearchDocument SearchDocument(EventRecord record)
    {
        var front = record.FrontMatter;
        var facts = $"{front.Location} {record.Actor1.CountryName} {record.Actor2.CountryName}";
        return new SearchDocument(front.Title, record.Url, "Event", EventStructuredData.DateText(record.Date), front.Summary, front.Tags,
            facts + " " + HtmlText.Of(record.Content.Html))
        {
            Actors = [.. new[] { record.Actor1, record.Actor2 }.DistinctBy(a => a.Country).Select(a => new SearchActor(a.Country, a.CountryName))],
        };
    }
}
