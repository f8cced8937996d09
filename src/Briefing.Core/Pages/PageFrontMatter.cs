using System.ComponentModel.DataAnnotations;
using Briefing.Core.Content.Yaml;
using Briefing.Core.Content;

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

    /// <summary>Puts the page in the main navigation, e.g. <c>menu: {weight: 40}</c>. Without it the page is not in the menu (a site may have thousands of pages).</summary>
    /// <example>{ weight: 40 }</example>
    public PageMenu? Menu { get; init; }

    /// <summary>Free-form values for themes.</summary>
    /// <example>{ menu_order: 2 }</example>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    internal static PageFrontMatter? Parse(YamlMap map)
    {
        var title = map.Text("title", required: true);
        var summary = map.Text("summary");
        var date = map.Timestamp("date");
        var tags = FrontMatterRules.Tags(map);
        var menu = map.Map("menu") is { } menuMap ? PageMenu.Parse(menuMap) : null;
        var extra = map.Extra();
        map.ReportUnknownFields();
        return title is null ? null : new PageFrontMatter { Title = title, Summary = summary, Date = date, Tags = tags, Menu = menu, Extra = extra };
    }
}

/// <summary>A page's place in the main navigation. The built-in sections weigh 10 (Briefings), 20 (Events), 30 (Tension index) and 90 (Search).</summary>
public sealed record PageMenu
{
    /// <summary>Where the page goes: lighter first; pages of equal weight go in title order.</summary>
    /// <example>40</example>
    [Range(0, 1000)]
    public required int Weight { get; init; }

    /// <summary>The menu's text, when it should be shorter than the page's title. Optional.</summary>
    /// <example>About</example>
    public string? Title { get; init; }

    internal static PageMenu? Parse(YamlMap map)
    {
        var weight = map.WholeNumber("weight", required: true, min: 0, max: 1000);
        var title = map.Text("title");
        map.ReportUnknownFields();
        return weight is { } w ? new PageMenu { Weight = w, Title = title } : null;
    }
}
