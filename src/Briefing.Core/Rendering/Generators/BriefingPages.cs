using Briefing.Core.Model;
using Briefing.Core.Rendering.Views;

namespace Briefing.Core.Rendering.Generators;

/// <summary>The list of all briefings and each briefing's own page (its latest version).</summary>
public sealed class BriefingPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["list", "briefing"];

    public IEnumerable<Func<OutputFile>> Jobs(RenderContext context)
    {
        yield return () => List(context);
        foreach (var briefing in context.Site.Briefings)
        {
            yield return () => Latest(context, briefing);
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

    private static OutputFile Latest(RenderContext context, BriefingDocument briefing)
    {
        var version = briefing.Latest;
        var front = version.FrontMatter;
        var view = new BriefingView(
            context.SiteView,
            context.Meta(front.Title, front.Summary, briefing.Url, "article") with { Published = briefing.First.Date, Modified = version.Date },
            context.Nav(briefing.Url),
            front.Title,
            front.Summary,
            front.Byline,
            Formatting.Date(version.Date),
            BriefingViewFactory.Tags(front.Tags),
            BriefingViewFactory.Toc(version),
            version.Content.Html);
        return context.Page("briefing", briefing.Url, view);
    }
}
