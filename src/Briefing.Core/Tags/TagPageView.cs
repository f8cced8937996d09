using Briefing.Core.Briefings;
using Briefing.Core.Events;
using Briefing.Core.Markdown;
using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Tags;


/// <summary><c>/tags/&lt;tag&gt;/</c>: the briefings and the events that carry a tag.</summary>
public sealed record TagPageView(
    SiteView Site,
    PageMeta Meta,
    IReadOnlyList<NavItem> Nav,
    string Heading,
    IReadOnlyList<BriefingSummaryView> Briefings,
    IReadOnlyList<EventSummaryView> Events) : ILayoutView;