using Briefing.Core.Events;
using Briefing.Core.Site;

namespace Briefing.Core.Tension;

/// <summary>The tension index: computed once per build from the events, published at <c>/tension/</c>.</summary>
public sealed class TensionFeature : ISiteFeature
{
    public IEnumerable<string> Sections => ["tension"];

    public IEnumerable<IPageGenerator> Generators => [new TensionPages()];

    public ISitePart? Model(ModelContext context)
    {
        // An event's adaptation depends on its record alone: last build's, for the very same record, is this build's.
        var previous = (context.Previous as TensionPart)?.Recorded;
        var recorded = new Dictionary<EventRecord, RecordedEvent>(ReferenceEqualityComparer.Instance);
        var tension = SiteTension.For(context.Config, context.Find<EventSet>()?.Items ?? [],
            e => recorded[e] = previous?.GetValueOrDefault(e) ?? SiteTension.ToRecordedEvent(e));
        return new TensionPart(tension, recorded);
    }
}

/// <summary>The site's index, or null when <c>site.yml</c> asks for none; every page that shows it reads this one.</summary>
/// <param name="tension">The index.</param>
/// <param name="recorded">Each event as the index read it, by record identity, for the next build to keep.</param>
public sealed class TensionPart(SiteTension? tension, IReadOnlyDictionary<EventRecord, RecordedEvent>? recorded = null) : ISitePart
{
    public SiteTension? Tension { get; } = tension;

    internal IReadOnlyDictionary<EventRecord, RecordedEvent> Recorded { get; } = recorded ?? new Dictionary<EventRecord, RecordedEvent>();

    public IEnumerable<MenuLink> Menu => Tension is null ? [] : [new MenuLink("Tension index", Urls.Tension, 30)];
}
