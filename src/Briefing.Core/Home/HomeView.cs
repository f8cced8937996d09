using Briefing.Core.Briefings;
using Briefing.Core.Output;
using Briefing.Core.Site;
using Briefing.Core.Tension;

namespace Briefing.Core.Home;


/// <summary>The home page: the latest briefings, and the tension index's latest value when the site has one.</summary>
public sealed record HomeView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, IReadOnlyList<BriefingSummaryView> Briefings)
    : ILayoutView
{
    public TensionCurrentView? Tension { get; init; }
}