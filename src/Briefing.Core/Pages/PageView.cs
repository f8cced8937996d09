using Briefing.Core.Output;
using Briefing.Core.Site;
using Briefing.Core.Templates;

namespace Briefing.Core.Pages;


/// <summary>A standalone page such as About, or the 404 page. <see cref="Date"/> is null and <see cref="Tags"/> empty when the page gives none.</summary>
public sealed record PageView(SiteView Site, PageMeta Meta, IReadOnlyList<NavItem> Nav, string Title, TrustedHtml BodyHtml, DateView? Date, IReadOnlyList<string> Tags)
    : ILayoutView;