using System.Globalization;
using System.Text;
using Briefing.Core.Text;

namespace Briefing.Core.Events;

/// <summary>What <c>briefing new event</c> was asked for; <see cref="Actors"/> holds zero, one or two actor codes.</summary>
public sealed record EventScaffoldRequest(string Title, string Date, string? Cameo, IReadOnlyList<string> Actors);

/// <summary>A scaffolded event: its path under <c>input/</c>, its text, or the problems with the request.</summary>
public sealed record EventScaffoldResult(string RelativePath, string Text, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Writes a new event file: every required field, filled from the request or left empty for the author
/// (so that <c>check</c> points at each until it is filled), and a commented line for each optional field.
/// Pure: validates the date, CAMEO code and actors against the same parsers and tables the build uses.
/// </summary>
public static class EventScaffold
{
    public static EventScaffoldResult Create(EventScaffoldRequest request, CameoTable cameo)
    {
        var problems = new List<string>();
        var date = EventDate.Parse(request.Date, out var dateError);
        if (date is null)
        {
            problems.Add($"--date: {dateError}");
        }
        if (request.Cameo is { } code && cameo.Find(code) is null)
        {
            var hint = cameo.Find("0" + code) is { } padded ? $"; did you mean {padded.Code} ({padded.Description})?" : " (see src/Briefing.Core/Events/Data/cameo.tsv)";
            problems.Add($"--cameo: \"{code}\" is not a CAMEO event code{hint}");
        }
        if (request.Actors.Count > 2)
        {
            problems.Add($"--actors: give two actors at most, the one who acted and the one acted on (e.g. RUS,AZE), not {request.Actors.Count}");
        }
        foreach (var actor in request.Actors)
        {
            if (Actor.Parse(actor, out var actorError) is null)
            {
                problems.Add($"--actors: {actorError}");
            }
        }
        var slug = Slug.From(request.Title);
        if (slug.Length == 0)
        {
            problems.Add("the title must contain letters or digits, which make the file name");
        }
        return problems.Count > 0
            ? new EventScaffoldResult("", "", problems)
            : new EventScaffoldResult($"events/{date}-{slug}.md", Text(request, date!), []);
    }

    private static string Text(EventScaffoldRequest request, EventDate date)
    {
        var actor1 = request.Actors.Count > 0 ? request.Actors[0] : null;
        var actor2 = request.Actors.Count > 1 ? request.Actors[1] : null;
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("# yaml-language-server: $schema=../../schemas/event.schema.json\n");
        text.Append("# Fill in every empty field; `briefing check` lists the ones still missing. Remove '# ' to use an optional field.\n");
        text.Append(CultureInfo.InvariantCulture, $"title: {Quote(request.Title)}\n");
        text.Append(CultureInfo.InvariantCulture, $"date: {date}\n");
        text.Append("location: \"\"  # where it happened, e.g. \"Aktau, Kazakhstan\"\n");
        text.Append(CultureInfo.InvariantCulture, $"actor1: {actor1 ?? "\"\"  # who acted, e.g. RUS or RUS:MIL"}\n");
        text.Append(CultureInfo.InvariantCulture, $"actor2: {actor2 ?? "\"\"  # who it was aimed at, e.g. AZE:GOV"}\n");
        text.Append(CultureInfo.InvariantCulture, $"cameo: {(request.Cameo is { } code ? Quote(code) : "\"\"  # CAMEO event code, in quotes, e.g. \"173\"")}\n");
        text.Append("# goldstein: -4.5  # overrides the CAMEO table's value; needs goldstein_reason and a '**Coding note.**' in the account\n");
        text.Append("# goldstein_reason: why the table's value misrepresents this action\n");
        text.Append("# fatalities: 0\n");
        text.Append("# injured: 0\n");
        text.Append("sources:  # at least one: a section of a briefing here, or a page elsewhere\n");
        text.Append("  - briefing: \"\"  # the briefing's slug, e.g. breaking-bonds\n");
        text.Append("    version: 1\n");
        text.Append("    section: \"\"  # a heading id or a paragraph id such as p-12\n");
        text.Append("  # - url: https://…\n");
        text.Append("  #   title: the page's title and publisher\n");
        text.Append("# tags: [diplomacy]\n");
        text.Append("summary: \"\"  # one or two sentences for the timeline and link previews\n");
        text.Append("# recorded: YYYY-MM-DD  # the day the event is published; required once any event has it\n");
        text.Append("# changes:  # only after publication: corrections, updates, clarifications, oldest first\n");
        text.Append("#   - type: correction  # or update, clarification\n");
        text.Append("#     date: YYYY-MM-DD\n");
        text.Append("#     text: what changed and why, as readers will see it\n");
        text.Append("#     was: { date: 2025-06-30 }  # earlier values of date, cameo, goldstein, actor1, actor2 it changed\n");
        text.Append("# extra: { key: value }\n");
        text.Append("---\n\n");
        return text.ToString();
    }

    // Always double-quoted: a title may hold ': ', '#' or a leading quote, which plain YAML would misread.
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
