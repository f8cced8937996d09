using System.Net;
using System.Text;
using Briefing.Core.Briefings;
using Briefing.Core.Content;
using Briefing.Core.Events;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>
/// What the feed announces: every version of every briefing (a new version is news: it may carry a
/// correction) and every event. Pure: a function of the site model and the two base URLs.
/// </summary>
public static class FeedEntries
{
    /// <param name="site">The site model.</param>
    /// <param name="absolute">Makes a root-relative URL absolute against the URL the site is served from.</param>
    public static IEnumerable<FeedEntry> From(SiteModel site, Func<string, string> absolute) =>
        site.Briefings.SelectMany(b => b.Versions).Select(v => Version(site, v, absolute))
            .Concat(site.Events.Select(e => Event(site, e, absolute)));

    /// <summary>
    /// An event, dated by the day it happened. Atom needs a full date, so an event known only by its
    /// month is dated the first of that month; its id keeps just the month.
    /// </summary>
    private static FeedEntry Event(SiteModel site, EventRecord record, Func<string, string> absolute) =>
        new(TagUri.For(site.Config.BaseUrl, EventStructuredData.DateText(record.Date), record.Url),
            record.Title,
            absolute(record.Url),
            record.Date.FirstDay,
            record.Date.FirstDay,
            site.Config.Author,
            record.FrontMatter.Summary,
            record.FrontMatter.Tags);

    private static FeedEntry Version(SiteModel site, BriefingVersion version, Func<string, string> absolute)
    {
        var front = version.FrontMatter;
        var title = version.Number == 1 ? front.Title : $"{front.Title} (version {version.Number})";
        return new FeedEntry(
            TagUri.For(site.Config.BaseUrl, version.Date, version.Url),
            title,
            absolute(version.Url),
            version.Date,
            version.Date,
            front.Byline,
            front.Summary,
            front.Tags,
            Changes(version));
    }

    /// <summary>A later version's change notes, so a feed reader shows what was corrected.</summary>
    private static string? Changes(BriefingVersion version)
    {
        if (version.FrontMatter.Changes.Count == 0)
        {
            return null;
        }
        var html = new StringBuilder($"<p>Version {version.Number} changes:</p><ul>");
        foreach (var change in version.FrontMatter.Changes)
        {
            html.Append("<li><strong>").Append(change.Label).Append(":</strong> ")
                .Append(WebUtility.HtmlEncode(change.Text)).Append("</li>");
        }
        return html.Append("</ul>").ToString();
    }
}
