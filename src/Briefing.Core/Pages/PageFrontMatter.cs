using System.ComponentModel.DataAnnotations;
using Briefing.Core.Content.Yaml;

namespace Briefing.Core.Pages;

/// <summary>The front matter of a standalone page, <c>input/pages/&lt;slug&gt;.md</c>, served at <c>/&lt;slug&gt;/</c>.</summary>
public sealed record PageFrontMatter
{
    /// <summary>The page's heading and title.</summary>
    /// <example>About</example>
    public required string Title { get; init; }

    /// <summary>A sentence for metadata and link previews. Optional.</summary>
    /// <example>What Briefing publishes and who writes it.</example>
    public string? Summary { get; init; }

    /// <summary>When the page was published, as <c>YYYY-MM-DD</c> or a UTC time <c>YYYY-MM-DDTHH:MM:SSZ</c>. Optional; shown on the page when given.</summary>
    /// <example>2025-08-01</example>
    [RegularExpression("^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)?$")]
    public DateTime? Date { get; init; }

    /// <summary>Topics, listed on the page (tag pages list briefings and events). Optional.</summary>
    /// <example>[methodology]</example>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Free-form values for themes.</summary>
    /// <example>{ menu_order: 2 }</example>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    internal static PageFrontMatter? Parse(YamlMap map)
    {
        var title = map.Text("title", required: true);
        var summary = map.Text("summary");
        var date = map.Timestamp("date");
        var tags = map.TextList("tags");
        var extra = map.Extra();
        map.ReportUnknownFields();
        return title is null ? null : new PageFrontMatter { Title = title, Summary = summary, Date = date, Tags = tags, Extra = extra };
    }
}
