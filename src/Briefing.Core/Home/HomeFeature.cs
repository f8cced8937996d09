using Briefing.Core.Site;

namespace Briefing.Core.Home;

/// <summary>The front page: the newest briefings and the latest value of the index.</summary>
public sealed class HomeFeature : ISiteFeature
{
    public IEnumerable<IPageGenerator> Generators => [new HomePage()];
}
