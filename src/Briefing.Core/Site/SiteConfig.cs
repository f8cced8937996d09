using System.ComponentModel.DataAnnotations;
using Briefing.Core.Content.Yaml;
using Briefing.Core.Content;
using Briefing.Core.Diagnostics;

namespace Briefing.Core.Site;

/// <summary>The publication's settings, from <c>input/site.yml</c>.</summary>
public sealed record SiteConfig
{
    /// <summary>The publication's name, shown in every page's header and title.</summary>
    /// <example>Briefing</example>
    public required string Title { get; init; }

    /// <summary>One or two sentences saying what the publication covers; used on the home page and in metadata.</summary>
    /// <example>Analysis and a running record of relations between Azerbaijan and Russia.</example>
    public required string Description { get; init; }

    /// <summary>The absolute URL the site is served from, e.g. <c>https://briefing.example.org/</c>. <c>--base-url</c> overrides it.</summary>
    /// <example>https://briefing.example.org/</example>
    public required string BaseUrl { get; init; }

    /// <summary>The BCP 47 language tag of the content, e.g. <c>en</c>.</summary>
    /// <example>en</example>
    public required string Language { get; init; }

    /// <summary>The author of record: who answers for what the publication says.</summary>
    /// <example>The Briefing editorial team</example>
    public required string Author { get; init; }

    /// <summary>The monthly tension index: which two countries it follows. Optional; without it the site has no index.</summary>
    /// <example>{ dyad: [AZE, RUS] }</example>
    public TensionSettings? Tension { get; init; }

    /// <summary>
    /// How many entries a list page shows before it continues on <c>…/page/2/</c>: an actor's or a tag's page, a
    /// month of events, the list of briefings. Optional; 100 when absent. Page 1 keeps the list's own URL.
    /// </summary>
    /// <example>100</example>
    [Range(10, 1000)]
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The page size when <c>site.yml</c> names none: at about 600 bytes an entry, a page stays near 60 KB.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>Free-form values for themes.</summary>
    /// <example>{ accent: teal }</example>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    internal static SiteConfig? Parse(YamlMap map)
    {
        var title = map.Text("title", required: true);
        var description = map.Text("description", required: true);
        var baseUrl = map.Text("base_url", required: true);
        var language = map.Text("language", required: true);
        var author = map.Text("author", required: true);
        var tensionMap = map.Map("tension");
        var tension = tensionMap is null ? null : TensionSettings.Parse(tensionMap);
        var pageSize = map.WholeNumber("page_size", min: 10, max: 1000);
        var extra = map.Extra();
        if (baseUrl is not null && !IsAbsoluteHttpUrl(baseUrl))
        {
            map.Error("base_url", $"'{baseUrl}' must be an absolute http(s) URL");
            baseUrl = null;
        }
        map.ReportUnknownFields();
        if (title is null || description is null || baseUrl is null || language is null || author is null)
        {
            return null;
        }
        return new SiteConfig
        {
            Title = title,
            Description = description,
            BaseUrl = WithTrailingSlash(baseUrl),
            Language = language,
            Author = author,
            Tension = tension,
            PageSize = pageSize ?? DefaultPageSize,
            Extra = extra,
        };
    }

    internal static bool IsAbsoluteHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    internal static string WithTrailingSlash(string url) => url.EndsWith('/') ? url : url + "/";

    internal static SiteConfig? Load(SourceFile file, DiagnosticBag diagnostics) =>
        YamlDocumentReader.Read(file.Text, file.DisplayPath, 1, diagnostics) is { } map ? Parse(map) : null;
}
