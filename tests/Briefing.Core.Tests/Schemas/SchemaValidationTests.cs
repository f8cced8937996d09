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

    [Fact]
    public void Examples_from_the_doc_comments_load_without_a_problem_and_validate()
    {
        using var site = new TempDirectory();
        var samples = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site"] = "input/site.yml",
            ["briefing-version"] = "input/briefings/example/v1.md",
            ["page"] = "input/pages/example.md",
        };
        foreach (var document in SchemaFiles.Documents)
        {
            var yaml = string.Concat(document.Fields.Select(f => $"{f.Name}: {f.Example}\n"));
            Assert.Empty(MiniJsonSchema.Validate(SchemaFiles.Schema(document), YamlToJson.Convert(yaml)));
            var path = samples[document.Name];
            site.Write(path, path.EndsWith(".yml", StringComparison.Ordinal) ? yaml : $"---\n{yaml}---\n\nBody.\n");
        }

        Assert.Empty(SiteBuilds.Render(site.Combine("input"), displayRoot: site.Path).Diagnostics);
    }
}
