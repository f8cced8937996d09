using System.ComponentModel.DataAnnotations;
using Briefing.Core.Content.Yaml;

namespace Briefing.Core.Events;

/// <summary>
/// One entry of an event's <c>sources:</c> list: either a section of a briefing published on this
/// site (<see cref="BriefingCitation"/>) or a page elsewhere on the web (<see cref="WebCitation"/>).
/// </summary>
public abstract record EventCitation
{
    /// <summary>The file line of this entry, for diagnostics raised once the whole site is known.</summary>
    internal int Line { get; init; }

    /// <summary>The file lines of the entry's <c>version</c> and <c>section</c> fields.</summary>
    internal int VersionLine { get; init; }

    internal int SectionLine { get; init; }

    internal static EventCitation? Parse(YamlMap map)
    {
        if (map.Has("briefing") || !map.Has("url"))
        {
            return BriefingCitation.ParseFields(map);
        }
        return WebCitation.ParseFields(map);
    }
}

/// <summary>A section of a briefing on this site: <c>{briefing: &lt;slug&gt;, version: N, section: &lt;anchor&gt;}</c>.</summary>
public sealed record BriefingCitation : EventCitation
{
    /// <summary>The briefing's slug, its folder name under <c>input/briefings/</c>.</summary>
    /// <example>breaking-bonds</example>
    public required string Briefing { get; init; }

    /// <summary>The version cited, 1 or more; versions never change once published, so the citation stays true.</summary>
    /// <example>1</example>
    [Range(1, int.MaxValue)]
    public required int Version { get; init; }

    /// <summary>The anchor cited in that version: a heading id (<c>the-crash</c>) or a paragraph id (<c>p-12</c>).</summary>
    /// <example>p-6</example>
    public required string Section { get; init; }

    internal static BriefingCitation? ParseFields(YamlMap map)
    {
        var briefing = map.Text("briefing", required: true);
        var version = map.WholeNumber("version", required: true, min: 1);
        var section = map.Text("section", required: true);
        map.ReportUnknownFields();
        if (briefing is null || version is null || section is null)
        {
            return null;
        }
        return new BriefingCitation
        {
            Briefing = briefing,
            Version = version.Value,
            Section = section.TrimStart('#'),
            Line = map.LineOf("briefing"),
            VersionLine = map.LineOf("version"),
            SectionLine = map.LineOf("section"),
        };
    }
}

/// <summary>A page elsewhere: <c>{url: https://…, title: …}</c>.</summary>
public sealed record WebCitation : EventCitation
{
    /// <summary>An absolute <c>http</c> or <c>https</c> address.</summary>
    /// <example>https://apnews.com/article/azerbaijan-russia-plane-crash</example>
    public required string Url { get; init; }

    /// <summary>The link text: the page's title and, usefully, its publisher.</summary>
    /// <example>"Azerbaijan says Russian fire downed its airliner (AP)"</example>
    public required string Title { get; init; }

    internal static WebCitation? ParseFields(YamlMap map)
    {
        var url = map.Text("url", required: true);
        var title = map.Text("title", required: true);
        map.ReportUnknownFields();
        if (url is not null && !IsWebAddress(url))
        {
            // Anything else (javascript:, data:, relative paths) could run script or mislead a reader.
            map.Error("url", $"'{url}' is not an absolute http:// or https:// address");
            return null;
        }
        return url is null || title is null ? null : new WebCitation { Url = url, Title = title, Line = map.Line };
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
}
