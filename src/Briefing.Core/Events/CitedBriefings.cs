using Briefing.Core.Briefings;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>
/// What one event's briefing sources come to against the site's briefings: the version each source cites (its document,
/// or "missing"), which the event's page and its dataset row read, and the entries the cited briefings' pages list the
/// event by. Made from the event and the briefings only, so the next build keeps it while both are the very same objects.
/// </summary>
/// <param name="Versions">One item per briefing source, in the order the front matter lists them.</param>
/// <param name="Citations">One per cited briefing that exists, in the order the front matter first cites each.</param>
public sealed record CitedBriefings(IReadOnlyList<object> Versions, IReadOnlyList<Citation> Citations)
{
    public static CitedBriefings Of(EventRecord e, BriefingSet briefings)
    {
        var versions = new List<object>(e.FrontMatter.Sources.Count);
        foreach (var source in e.FrontMatter.Sources)
        {
            if (source is BriefingCitation citation)
            {
                versions.Add(briefings.Find(citation.Briefing)?.Version(citation.Version)?.Source ?? (object)"missing");
            }
        }
        return new CitedBriefings(versions.ToArray(), EventViewFactory.Citations(e, briefings).ToArray());
    }
}
