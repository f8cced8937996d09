using System.Net;
using System.Text;
using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>What the feed and search take from a briefing: every version is news (it may carry a correction).</summary>
internal static class BriefingFeed
{
    public static FeedEntry Entry(SiteConfig config, BriefingVersion version, Func<string, string> absolute)
    {
        var front = version.FrontMatter;
        var title = version.Number == 1 ? front.Title : $"{front.Title} (version {version.Number})";
        return new FeedEntry(
            TagUri.For(config.BaseUrl, version.Date, version.Url),
            title,
            absolute(version.Url),
            version.Date,
            version.Date,
            front.Byline,
            front.Summary,
            front.Tags,
            Changes(version))
        {
            // The version is news on the pages of the tags it carries (an older version's tags keep their pages).
            Topics = [.. front.Tags.Select(Urls.Tag).Distinct(StringComparer.Ordinal)],
        };
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

/// <summary>A briefing as search offers it: at its latest version.</summary>
internal static class BriefingSearch
{
    public static SearchDocument Document(BriefingDocument briefing)
    {
        var latest = briefing.Latest;
        var front = latest.FrontMatter;
        return new SearchDocument(front.Title, briefing.Url, "Briefing", SiteDates.Iso(latest.Date), front.Summary, front.Tags, "") { Body = latest.Content.Body };
    }
}
