using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>Builds the view models that show briefings, shared by every page that lists or shows one.</summary>
public static class BriefingViewFactory
{
    public static BriefingSummaryView Summary(BriefingDocument briefing)
    {
        var latest = briefing.Latest;
        return new BriefingSummaryView(
            latest.Title,
            briefing.Url,
            latest.FrontMatter.Summary,
            latest.FrontMatter.Byline,
            Formatting.Date(latest.Date),
            briefing.IsUpdated,
            Tags(latest.FrontMatter.Tags));
    }

    public static IReadOnlyList<TagView> Tags(IEnumerable<string> tags) =>
        tags.Select(t => new TagView(t, Urls.Tag(t))).ToList();

    public static IReadOnlyList<TocEntry> Toc(BriefingVersion version) =>
        version.Content.Headings
            .Where(h => h.Level is 2 or 3)
            .Select(h => new TocEntry(h.Text, h.Id, h.Level))
            .ToList();
}

