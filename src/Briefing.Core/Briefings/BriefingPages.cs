using Briefing.Core.Content;
using Briefing.Core.Output;
using Briefing.Core.Pages;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Briefings;

/// <summary>The list of all briefings and each briefing's own page (its latest version).</summary>
public sealed class BriefingPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["list", "briefing"];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        yield return RenderJob.At(Urls.Briefings, BriefingReads.AllHeads(context.Site.Briefings), () => List(context));
        foreach (var briefing in context.Site.Briefings)
        {
            yield return RenderJob.At(briefing.Url, BriefingReads.Page(context.Site, briefing, briefing.Latest), () => Latest(context, briefing));
        }
    }

    private static OutputFile List(RenderContext context)
    {
        var view = new BriefingListView(
            context.SiteView,
            context.Meta("Briefings", $"Every briefing published by {context.Site.Config.Title}, newest first.", Urls.Briefings),
            context.Nav(Urls.Briefings),
            "Briefings",
            context.Site.Briefings.Select(BriefingViewFactory.Summary).ToList());
        return context.Page("list", Urls.Briefings, view);
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
