using System.Globalization;
using Briefing.Core.Briefings;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>Builds the view models that show events, shared by every page that lists or shows one.</summary>
public static class EventViewFactory
{
    public static EventSummaryView Summary(EventRecord e) =>
        new(e.Title,
            e.Url,
            e.Date.View(),
            e.FrontMatter.Summary,
            $"{ActorText(e.Actor1)} → {ActorText(e.Actor2)}",
            e.Cameo,
            e.CameoEntry.Description,
            Formatting.Goldstein(e.Goldstein));

    public static ActorView Actor(Actor actor) =>
        new(actor.Code, actor.CountryName, actor.RoleName, Urls.Actor(actor.Country));

    public static CameoView Cameo(EventRecord e) =>
        new(e.Cameo,
            e.CameoEntry.Description,
            e.CameoEntry.QuadClassName,
            Formatting.Goldstein(e.Goldstein),
            Formatting.Goldstein(e.CameoEntry.Goldstein),
            e.FrontMatter.GoldsteinReason);

    /// <summary>The event's change notes, newest first, as the top of its page shows them.</summary>
    public static IReadOnlyList<EventChangeView> Changes(EventRecord e) =>
        e.Changes.Select((change, i) => new EventChangeView(
                change.Label,
                change.Label.ToLowerInvariant(),
                change.Text,
                Formatting.Date(change.Date),
                change.Was is { } was ? WasText(was, e.FactsBeforeChanges[i]) : null))
            .Reverse()
            .ToList();

    // "Before this change: date 30 June 2025; CAMEO 112, Accuse." The earlier values, with what they meant.
    private static string WasText(EventWas was, EventFacts before)
    {
        var parts = new List<string>();
        if (was.Date is { } date)
        {
            parts.Add($"date {date.ToDisplayText()}");
        }
        if (was.Cameo is not null)
        {
            parts.Add($"CAMEO {before.Cameo.Code}, {before.Cameo.Description} ({Formatting.Goldstein(before.Cameo.Goldstein)})");
        }
        if (was.Goldstein is { } value)
        {
            parts.Add($"Goldstein value {Formatting.Goldstein(value)}");
        }
        if (was.Actor1 is { } actor1)
        {
            parts.Add($"actor {ActorText(actor1)} ({actor1.Code})");
        }
        if (was.Actor2 is { } actor2)
        {
            parts.Add($"target {ActorText(actor2)} ({actor2.Code})");
        }
        return $"Before this change: {string.Join("; ", parts)}.";
    }

    public static EventLinkView? Link(EventRecord? e) =>
        e is null ? null : new EventLinkView(e.Title, e.Url, e.Date.View());

    /// <summary>The sources of an event, briefing sections linked to their anchor in the cited version.</summary>
    public static IReadOnlyList<SourceView> Sources(EventRecord e, SiteModel site) =>
        e.FrontMatter.Sources.Select(source => source switch
        {
            BriefingCitation b => BriefingSource(b, site),
            WebCitation w => new SourceView(w.Title, w.Url, HostOf(w.Url), IsExternal: true),
            _ => throw new InvalidOperationException($"unknown source type {source.GetType().Name}"),
        }).ToList();

    /// <summary>What <paramref name="e"/> cites, one entry per cited briefing, with the places it cites in words.</summary>
    public static IEnumerable<Citation> Citations(EventRecord e, BriefingSet briefings) =>
        e.FrontMatter.Sources.OfType<BriefingCitation>()
            .Select(c => c.Briefing)
            .Distinct(StringComparer.Ordinal)
            .Select(slug => (Slug: slug, Briefing: briefings.Find(slug)))
            .Where(x => x.Briefing is not null)
            .Select(x => new Citation(x.Slug, new CitingEventView(
                e.Title,
                e.Url,
                e.Date.View(),
                string.Join("; ", e.FrontMatter.Sources.OfType<BriefingCitation>()
                    .Where(c => string.Equals(c.Briefing, x.Slug, StringComparison.Ordinal))
                    .Select(c => CitedPlace(c, VersionOf(x.Briefing, c.Version)))))));

    /// <summary>What a citation points at, in words: "version 1, section “The crash”" or "version 1, paragraph 6".</summary>
    public static string CitedPlace(BriefingCitation citation, BriefingVersion? version)
    {
        // One string per citation, on every event page and dataset row: no string for the place alone, no closure.
        var section = citation.Section;
        return HeadingText(version, section) is { } heading
            ? string.Create(CultureInfo.InvariantCulture, $"version {citation.Version}, section “{heading}”")
            : section.StartsWith("p-", StringComparison.Ordinal)
                ? string.Create(CultureInfo.InvariantCulture, $"version {citation.Version}, paragraph {section.AsSpan(2)}")
                : string.Create(CultureInfo.InvariantCulture, $"version {citation.Version}, #{section}");
    }

    // The text of the heading whose id is the cited section, if the version has one.
    private static string? HeadingText(BriefingVersion? version, string id)
    {
        if (version is not null)
        {
            foreach (var heading in version.Content.Headings)
            {
                if (heading.Id == id)
                {
                    return heading.Text;
                }
            }
        }
        return null;
    }

    // The version a citation names, if the briefing has it.
    private static BriefingVersion? VersionOf(BriefingDocument? briefing, int number)
    {
        if (briefing is not null)
        {
            foreach (var version in briefing.Versions)
            {
                if (version.Number == number)
                {
                    return version;
                }
            }
        }
        return null;
    }

    /// <summary>The link target of a briefing citation: the cited version's permanent page, at the anchor.</summary>
    public static string CitationUrl(BriefingCitation citation) =>
        $"{Urls.BriefingVersion(citation.Briefing, citation.Version)}#{citation.Section}";

    private static SourceView BriefingSource(BriefingCitation citation, SiteModel site)
    {
        var version = VersionOf(site.FindBriefing(citation.Briefing), citation.Version);
        var title = version?.Title ?? citation.Briefing;
        return new SourceView(title, CitationUrl(citation), CitedPlace(citation, version), IsExternal: false);
    }

    private static string ActorText(Actor actor) =>
        actor.RoleName is null ? actor.CountryName : $"{actor.CountryName} ({actor.RoleName})";

    private static string? HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
}
