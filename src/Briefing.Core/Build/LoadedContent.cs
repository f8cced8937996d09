using Briefing.Core.Site;

namespace Briefing.Core.Build;

/// <summary>Everything the load phase read from <c>input/</c>: the site's configuration and each kind's sources, in path order.</summary>
public sealed record LoadedContent(SiteConfig? Site, IReadOnlyDictionary<IContentKind, IReadOnlyList<object>> Sources)
{
    /// <summary>The sources of <paramref name="kind"/>, or none.</summary>
    public IReadOnlyList<object> Of(IContentKind kind) => Sources.GetValueOrDefault(kind) ?? [];
}
