using Briefing.Core.Briefings;
using Briefing.Core.Events;
using Briefing.Core.Site;
using Briefing.Core.Tension;

namespace Briefing.Core.Home;

/// <summary>The front page: the newest briefings with their summaries.</summary>
public sealed class HomePage : IPageGenerator
{
    public IEnumerable<string> Templates => ["home"];

    private const int LatestCount = 10;

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        // The newest briefings (which depends on every briefing's dates) and the index's latest value (every event).
        IReadOnlyList<object> reads = [.. BriefingReads.AllHeads(context.Site.Briefings), .. EventReads.Heads(context.Site.Events)];
        yield return RenderJob.At(Urls.Home, reads, () =>
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
        });
    }
}
