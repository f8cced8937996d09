using Briefing.Core.Output;
using Briefing.Core.Site;
namespace Briefing.Core.Publishing.Search;

/// <summary>
/// The search page. <see cref="IndexUrl"/> is where the script loads the index from;
/// <see cref="Browse"/> are the lists a reader without JavaScript is sent to instead.
/// </summary>
public sealed record SearchView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, string IndexUrl, IReadOnlyList<NavItem> Browse)
    : ILayoutView;
