using Briefing.Core.Briefings;
using Briefing.Core.Events;
using Briefing.Core.Home;
using Briefing.Core.Pages;
using Briefing.Core.Publishing;
using Briefing.Core.Site;
using Briefing.Core.Tags;
using Briefing.Core.Tension;

namespace Briefing.Core.Build;

/// <summary>
/// The registry: every feature of a standard site, in the order their models are built (a feature may read
/// the parts of those above it: events cite briefings, the index counts events). A new kind of content is a
/// folder implementing <see cref="IContentKind"/> plus one line here.
/// </summary>
public static class Features
{
    public static IReadOnlyList<ISiteFeature> Default() =>
    [
        new BriefingsFeature(),
        new EventsFeature(),
        new PagesFeature(),
        new TensionFeature(),
        new TagsFeature(),
        new HomeFeature(),
        new PublishingFeature(),
        new AssetsFeature(),
    ];
}
