using Briefing.Core.Briefings;
using Briefing.Core.Output;
using Briefing.Core.Pages;
using Briefing.Core.Site;
using Briefing.Core.Tension;

namespace Briefing.Core.Home;

/// <summary>The front page: the newest briefings with their summaries.</summary>
public sealed class HomePage : IPageGenerator
{
    public IEnumerable<string> Templates => ["home"];

    private const int LatestCount = 10;

    public IEnumerable<Func<OutputFile>> Jobs(RenderContext context)
    {
        yield return () =>
        {
            var site = context.Site;
            var view = new HomeView(
                context.SiteView,
                context.Meta(site.Config.Title, site.Config.Description, Urls.Home),
                context.Nav(Urls.Home),
                site.Briefings.Take(LatestCount).Select(BriefingViewFactory.Summary).ToList())
            {
                Tension = site.Find<TensionPart>()?.Tension is { } tension ? TensionViewFactory.Current(tension.Months, tension.Names, Urls.Tension) : null,
            };
            return context.Page("home", Urls.Home, view);
        };
    }
}
