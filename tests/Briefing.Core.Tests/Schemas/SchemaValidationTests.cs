using Briefing.Testing;

namespace Briefing.Core.Tests.Schemas;

/// <summary>The schemas refuse what the build refuses, and accept what it accepts.</summary>
public class SchemaValidationTests
{
    private static IReadOnlyList<string> Validate(string schema, string yaml) =>
        MiniJsonSchema.Validate(SchemaFiles.Schema(SchemaFiles.Documents.Single(d => d.Name == schema)), YamlToJson.Convert(yaml));

    private const string Version = "title: T\ndate: 2025-07-21\nsummary: S\nbyline: B\n";

    [Fact]
    public void A_complete_version_is_valid()
    {
        Assert.Empty(Validate("briefing-version", Version + "tags: aviation\nchanges:\n  - type: correction\n    text: Fixed a date.\nextra:\n  order: 2\n"));
    }

    [Fact]
    public void A_misspelt_field_is_refused()
    {
        Assert.Equal(["/sumary: is not an allowed field"], Validate("briefing-version", Version + "sumary: typo\n"));
    }

    [Fact]
    public void A_missing_required_field_is_refused()
    {
        Assert.Equal(["/: misses required byline"], Validate("briefing-version", "title: T\ndate: 2025-07-21\nsummary: S\n"));
    }

    [Fact]
    public void A_date_in_words_is_refused()
    {
        Assert.Equal(["/date: '21 July 2025' does not match ^[0-9]{4}-[0-9]{2}-[0-9]{2}$"], Validate("briefing-version", Version.Replace("2025-07-21", "21 July 2025", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_change_type_is_refused()
    {
        var errors = Validate("briefing-version", Version + "changes:\n  - type: fix\n    text: x\n");

        Assert.Equal(["/changes/0/type: \"fix\" is not one of [\"correction\",\"update\",\"clarification\"]"], errors);
    }

    [Fact]
    public void A_number_where_text_is_required_is_refused()
    {
        Assert.Single(Validate("page", "title: 2025\n"));
    }

    private const string Event = "title: T\ndate: 2025-06\nlocation: Baku\nactor1: RUS\nactor2: AZE:GOV\ncameo: \"173\"\nsummary: S\n";

    [Fact]
    public void An_event_citing_a_briefing_and_a_web_page_is_valid()
    {
        Assert.Empty(Validate("event", Event + "sources:\n  - {briefing: b, version: 1, section: p-2}\n  - {url: https://example.org/, title: E}\n"));
    }

    [Fact]
    public void An_unquoted_cameo_code_and_a_source_of_neither_form_are_refused()
    {
        var errors = Validate("event", Event.Replace("\"173\"", "173", StringComparison.Ordinal) + "sources:\n  - {briefing: b, url: https://example.org/}\n");

        Assert.Equal(["/cameo: is number, not \"string\"", "/sources/0: matches none of the allowed forms"], errors);
    }

    [Fact]
    public void Examples_from_the_doc_comments_load_without_a_problem_and_validate()
    {
        using var site = new TempDirectory();
        var samples = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site"] = "input/site.yml",
            // The event example cites paragraph 6 of breaking-bonds v1, so the sample briefing is that one.
            ["briefing-version"] = "input/briefings/breaking-bonds/v1.md",
            ["page"] = "input/pages/example.md",
            ["event"] = "input/events/2025-06-27-example.md",
        };
        var body = string.Concat(Enumerable.Range(1, 8).Select(i => $"Paragraph {i}.\n\n"));
        foreach (var document in SchemaFiles.Documents)
        {
            var yaml = string.Concat(document.Fields.Select(f => $"{f.Name}: {f.Example}\n"));
            Assert.Empty(MiniJsonSchema.Validate(SchemaFiles.Schema(document), YamlToJson.Convert(yaml)));
            var path = samples[document.Name];
            // The event example overrides the Goldstein value, which needs a coding note in the account.
            var note = document.Name == "event" ? "**Coding note.** Why the value is overridden.\n" : "";
            site.Write(path, path.EndsWith(".yml", StringComparison.Ordinal) ? yaml : $"---\n{yaml}---\n\n{body}{note}");
        }

        Assert.Empty(SiteBuilds.Render(site.Combine("input"), displayRoot: site.Path).Diagnostics);
    }
}
