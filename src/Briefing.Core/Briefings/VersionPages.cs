using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>
/// Every version of every briefing at its permanent URL (<c>/briefings/&lt;slug&gt;/v&lt;N&gt;/</c>, the
/// latest included), each briefing's history page, and a diff page for each pair of consecutive versions.
/// </summary>
public sealed class VersionPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["briefing", "briefing-history", "briefing-diff"];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        foreach (var briefing in context.Site.Briefings)
        {
            foreach (var version in briefing.Versions)
            {
                yield return RenderJob.At(version.Url, context.ReadsToKeep(() => BriefingReads.Page(context.Site, briefing, version)),
                    () => context.Page("briefing", version.Url, BriefingPages.View(context, briefing, version)));
            }
            yield return RenderJob.At(Urls.BriefingHistory(briefing.Slug), context.ReadsToKeep(() => BriefingReads.Heads(briefing).ToArray()), () => History(context, briefing));
            for (var i = 1; i < briefing.Versions.Count; i++)
            {
                var (older, newer) = (briefing.Versions[i - 1], briefing.Versions[i]);
                yield return RenderJob.At(Urls.BriefingDiff(briefing.Slug, older.Number, newer.Number), [older.Source, newer.Source],
                    () => Diff(context, briefing, older, newer));
            }
        }
    }

    private static OutputFile History(RenderContext context, BriefingDocument briefing)
    {
        var url = Urls.BriefingHistory(briefing.Slug);
        var title = briefing.Latest.Title;
        var entries = briefing.Versions.Reverse().Select(v => new HistoryEntryView(
            v.Number,
            v.Url,
            v.Title,
            Formatting.Date(v.Date),
            v.Number == briefing.Latest.Number,
            VersionCues.NotesOf(v),
            v.Number > 1 ? Urls.BriefingDiff(briefing.Slug, v.Number - 1, v.Number) : null,
            v.Number - 1)).ToList();
        var view = new HistoryView(
            context.SiteView,
            context.Meta($"Version history: {title}", $"Every version of “{title}”, with what each one changed.", url) with { Modified = briefing.Latest.Date },
            context.Nav(briefing.Url),
            title,
            briefing.Url,
            entries);
        return context.Page("briefing-history", url, view);
    }

    private static OutputFile Diff(RenderContext context, BriefingDocument briefing, BriefingVersion older, BriefingVersion newer)
    {
        var url = Urls.BriefingDiff(briefing.Slug, older.Number, newer.Number);
        var diff = newer.DiffFrom(older);
        var heading = $"Changes from version {older.Number} to version {newer.Number}";
        var view = new DiffView(
            context.SiteView,
            context.Meta($"{heading}: {newer.Title}",
                $"What changed in “{newer.Title}” between version {older.Number} and version {newer.Number}, word by word.", url) with { Modified = newer.Date },
            context.Nav(briefing.Url),
            heading,
            newer.Title,
            briefing.Url,
            Urls.BriefingHistory(briefing.Slug),
            new DiffSideView(older.Number, older.Url, Formatting.Date(older.Date)),
            new DiffSideView(newer.Number, newer.Url, Formatting.Date(newer.Date)),
            VersionCues.NotesOf(newer),
            DiffViewFactory.Summary(diff),
            DiffViewFactory.FrontMatter(older.Title, newer.Title, older.FrontMatter.Summary, newer.FrontMatter.Summary),
            DiffViewFactory.Blocks(diff));
        return context.Page("briefing-diff", url, view);
    }
}
