using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>The list of all briefings and each briefing's own page (its latest version).</summary>
public sealed class BriefingPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["list", "briefing"];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        foreach (var page in Paging.Split(context.Site.Briefings, context.Site.Config.PageSize, Urls.Briefings))
        {
            yield return RenderJob.At(page.Url, context.ReadsToKeep(() => [page.Position, .. BriefingReads.AllHeads(page.Items)]), () => List(context, page));
        }
        foreach (var briefing in context.Site.Briefings)
        {
            yield return RenderJob.At(briefing.Url, context.ReadsToKeep(() => BriefingReads.Page(context.Site, briefing, briefing.Latest)), () => Latest(context, briefing));
        }
    }

    private static OutputFile List(RenderContext context, ListPage<BriefingDocument> page)
    {
        var view = new BriefingListView(
            context.SiteView,
            context.ListMeta("Briefings", $"Every briefing published by {context.Site.Config.Title}, newest first.", page),
            context.Nav(page.Url),
            "Briefings",
            Formatting.Count(page.Total, "briefing", "briefings"),
            page.Items.Select(BriefingViewFactory.Summary).ToList(),
            page.Pager);
        return context.Page("list", page.Url, view);
    }

    private static OutputFile Latest(RenderContext context, BriefingDocument briefing) =>
        context.Page("briefing", briefing.Url, View(context, briefing, briefing.Latest));

    /// <summary>
    /// A briefing page at one version: what <c>/briefings/&lt;slug&gt;/</c> shows for the latest and
    /// <c>/briefings/&lt;slug&gt;/v&lt;N&gt;/</c> for every version. The latest version's pages name the
    /// briefing's own URL as canonical, so the two copies count as one.
    /// </summary>
    internal static BriefingView View(RenderContext context, BriefingDocument briefing, BriefingVersion version)
    {
        var front = version.FrontMatter;
        var canonical = version.Number == briefing.Latest.Number ? briefing.Url : version.Url;
        var jsonLd = BriefingStructuredData.For(briefing, version, context.Absolute(canonical), context.Site.Config.Title);
        return new BriefingView(
            context.SiteView,
            context.Meta(front.Title, front.Summary, canonical, "article", jsonLd) with { Published = briefing.First.Date, Modified = version.Date },
            context.Nav(briefing.Url),
            front.Title,
            front.Summary,
            front.Byline,
            Formatting.Date(version.Date),
            BriefingViewFactory.Tags(front.Tags),
            BriefingViewFactory.Toc(version),
            version.Content.Body,
            VersionCues.For(briefing, version))
        {
            CitingEvents = context.Site.CitationsOf(briefing.Slug).ToList(),
        };
    }
}
