using Briefing.Core.Events;
using Briefing.Core.Site;

namespace Briefing.Core.Tension;

/// <summary>The tension index: computed once per build from the events, published at <c>/tension/</c>.</summary>
public sealed class TensionFeature : ISiteFeature
{
    public IEnumerable<string> Sections => ["tension"];

    public IEnumerable<IPageGenerator> Generators => [new TensionPages()];

    public ISitePart? Model(ModelContext context) =>
        new TensionPart(SiteTension.For(context.Config, context.Find<EventSet>()?.Items ?? []));
}

/// <summary>The site's index, or null when <c>site.yml</c> asks for none; every page that shows it reads this one.</summary>
public sealed class TensionPart(SiteTension? tension) : ISitePart
{
    public SiteTension? Tension { get; } = tension;

    public IEnumerable<MenuLink> Menu => Tension is null ? [] : [new MenuLink("Tension index", Urls.Tension, 30)];
}
