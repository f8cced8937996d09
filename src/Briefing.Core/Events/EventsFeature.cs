using System.Text.RegularExpressions;
using Briefing.Core.Content;
using Briefing.Core.Diagnostics;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>Events: <c>input/events/&lt;date&gt;-&lt;slug&gt;.md</c>, CAMEO-coded, with a page each and a page per actor.</summary>
public sealed partial class EventsFeature : IContentKind
{
    public string Name => "event";

    public string Title => "Event";

    public string Files => "input/events/*.md";

    public Regex Path => FilePattern();

    public string SlugName => "event file name";

    public Type FrontMatter => typeof(EventFrontMatter);

    public IEnumerable<string> Sections => ["events", "actors"];

    public IEnumerable<IPageGenerator> Generators => [new EventPages(), new EventArchivePages(), new ActorPages(), new EventDatasetPages()];

    // No slug group: an event's slug is what follows its date, which only its front matter can tell (EventFileLoader).
    [GeneratedRegex(@"^events/(?<name>[^/]+)\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex FilePattern();

    public object? Parse(SourceFile file, Match path, DiagnosticBag diagnostics) =>
        EventFileLoader.Load(file, path.Groups["name"].Value, diagnostics);

    public ISitePart? Model(ModelContext context) => EventSet.Build(context);

    public BodyEdit? PatchBody(ModelContext context, object before, object after) =>
        before is EventFile old && after is EventFile now ? context.Find<EventSet>()?.WithBody(old, now, context) : null;
}
