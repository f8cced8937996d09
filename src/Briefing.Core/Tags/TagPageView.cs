using Briefing.Core.Briefings;
using Briefing.Core.Events;
using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Tags;


/// <summary>
/// <c>/tags/&lt;tag&gt;/</c> and its later pages: the briefings and the events that carry a tag, briefings first;
/// <see cref="Count"/> says how many of each the whole list holds.
/// </summary>
public sealed record TagPageView(
    SiteView Site,
    PageMeta Meta,
    IReadOnlyList<NavItem> Nav,
    string Heading,
    string Count,
    IReadOnlyList<BriefingSummaryView> Briefings,
    IReadOnlyList<EventSummaryView> Events,
    PagerView? Pager) : ILayoutView;