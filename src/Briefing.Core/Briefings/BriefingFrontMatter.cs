using Briefing.Core.Content.Yaml;
using Briefing.Core.Content;

namespace Briefing.Core.Briefings;

/// <summary>
/// The front matter of one version of a briefing, <c>input/briefings/&lt;slug&gt;/v&lt;N&gt;.md</c>.
/// The version number comes from the file name, not from a field.
/// </summary>
public sealed record BriefingFrontMatter
{
    /// <summary>The headline of this version.</summary>
    /// <example>"Breaking Bonds: Azerbaijan’s Bold Shift Away from Russia"</example>
    public required string Title { get; init; }

    /// <summary>The day this version was published, as YYYY-MM-DD.</summary>
    /// <example>2025-07-21</example>
    public required DateOnly Date { get; init; }

    /// <summary>One or two sentences shown in lists, feeds and link previews.</summary>
    /// <example>"How the downing of AZAL flight 8243 pushed Azerbaijan away from Russia."</example>
    public required string Summary { get; init; }

    /// <summary>The credit line as printed, e.g. "Analytical team".</summary>
    /// <example>Analytical team</example>
    public required string Byline { get; init; }

    /// <summary>Individual authors, when the byline names a group. Optional.</summary>
    /// <example>[Jane Doe, John Roe]</example>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Topics, written in lower case (e.g. <c>aviation</c>); each gets a list page.</summary>
    /// <example>[aviation, diplomacy]</example>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>What this version changed, required from version 2 on: a list of <c>{type, text}</c>.</summary>
    /// <example>[{type: correction, text: "The crash was on 25 December, not 26 December."}]</example>
    public IReadOnlyList<ChangeNote> Changes { get; init; } = [];

    /// <summary>Free-form values for themes.</summary>
    /// <example>{ hero_image: crash-site }</example>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    internal static BriefingFrontMatter? Parse(YamlMap map)
    {
        var title = map.Text("title", required: true);
        var date = map.Date("date", required: true);
        var summary = map.Text("summary", required: true);
        var byline = map.Text("byline", required: true);
        var authors = map.TextList("authors");
        var tags = FrontMatterRules.Tags(map);
        var changes = map.MapList("changes").Select(ChangeNote.Parse).OfType<ChangeNote>().ToList();
        var extra = map.Extra();
        map.ReportUnknownFields();
        if (title is null || date is null || summary is null || byline is null)
        {
            return null;
        }
        return new BriefingFrontMatter
        {
            Title = title,
            Date = date.Value,
            Summary = summary,
            Byline = byline,
            Authors = authors,
            Tags = tags,
            Changes = changes,
            Extra = extra,
        };
    }

}
