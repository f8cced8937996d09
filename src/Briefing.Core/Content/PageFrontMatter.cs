using Briefing.Core.Content.Yaml;

namespace Briefing.Core.Content;

/// <summary>The front matter of a standalone page, <c>input/pages/&lt;slug&gt;.md</c>, served at <c>/&lt;slug&gt;/</c>.</summary>
public sealed record PageFrontMatter
{
    /// <summary>The page's heading and title.</summary>
    public required string Title { get; init; }

    /// <summary>A sentence for metadata and link previews. Optional.</summary>
    public string? Summary { get; init; }

    /// <summary>When the page was published: <c>YYYY-MM-DD</c> or a UTC time <c>YYYY-MM-DDTHH:MM:SSZ</c>. Optional; shown on the page when given.</summary>
    public DateTime? Date { get; init; }

    /// <summary>Topics, shown on the page. Optional.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Free-form values for themes.</summary>
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
