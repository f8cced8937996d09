using Briefing.Core.Site;

namespace Briefing.Core.Tags;

/// <summary>A page per tag, listing the briefings and events that carry it.</summary>
public sealed class TagsFeature : ISiteFeature
{
    public IEnumerable<string> Sections => ["tags"];

    public IEnumerable<IPageGenerator> Generators => [new TagPages()];
}
