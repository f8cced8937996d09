using System.Globalization;
using System.Net;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>What the feed and search take from an event.</summary>
internal static class EventFeed
{
    /// <summary>The event, then each change made to it after publication, oldest first.</summary>
    public static FeedEntry[] Entries(SiteConfig config, EventRecord record, Func<string, string> absolute)
    {
        var entries = new FeedEntry[1 + record.Changes.Count];
        entries[0] = Entry(config, record, absolute);
        for (var i = 0; i < record.Changes.Count; i++)
        {
            entries[1 + i] = ChangeEntry(config, record, i, absolute);
        }
        return entries;
    }

    /// <summary>
    /// An event, dated by the day it happened. Atom needs a full date, so an event known only by its
    /// month is dated the first of that month; its id keeps just the month.
    /// </summary>
    private static FeedEntry Entry(SiteConfig config, EventRecord record, Func<string, string> absolute) =>
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
    private static string[] Topics(EventRecord record)
    {
        var topics = new List<string>(2 + record.FrontMatter.Tags.Count) { Urls.Actor(record.Actor1.Country) };
        AddOnce(topics, Urls.Actor(record.Actor2.Country));
        foreach (var tag in record.FrontMatter.Tags)
        {
            AddOnce(topics, Urls.Tag(tag));
        }
        return [.. topics];
    }

    // A handful of topics: a linear search is cheaper than a set.
    private static void AddOnce(List<string> topics, string topic)
    {
        if (!topics.Contains(topic, StringComparer.Ordinal))
        {
            topics.Add(topic);
        }
    }

    /// <summary>
    /// A change to a published event, as news of its own: dated the day of the change, linked to the notes at the
    /// top of the event's page, with the note as its summary, so readers who saw the event see it was corrected.
    /// </summary>
    private static FeedEntry ChangeEntry(SiteConfig config, EventRecord record, int index, Func<string, string> absolute)
    {
        var change = record.Changes[index];
        var view = EventViewFactory.Changes(record)[record.Changes.Count - 1 - index];
        var html = $"<p><strong>{change.Label}:</strong> {WebUtility.HtmlEncode(change.Text)}</p>"
            + (view.Was is { } was ? $"<p>{WebUtility.HtmlEncode(was)}</p>" : "");
        return new FeedEntry(
            TagUri.For(config.BaseUrl, change.Date, $"{record.Url}#change-{(index + 1).ToString(CultureInfo.InvariantCulture)}"),
            $"{change.Label}: {record.Title}",
            absolute(record.Url) + "#changes",
            change.Date,
            change.Date,
            config.Author,
            change.Text,
            record.FrontMatter.Tags,
            html);
    }

    public static SearchDocument SearchDocument(EventRecord record)
    {
        var front = record.FrontMatter;
        var facts = $"{front.Location} {record.Actor1.CountryName} {record.Actor2.CountryName}";
        return new SearchDocument(front.Title, record.Url, "Event", EventStructuredData.DateText(record.Date), front.Summary, front.Tags,
            facts)
        {
            Body = record.Content.Body,
            Actors = [.. new[] { record.Actor1, record.Actor2 }.DistinctBy(a => a.Country).Select(a => new SearchActor(a.Country, a.CountryName))],
        };
    }
}
