using Briefing.Core.Events;
using Briefing.Core.Schemas;
using Briefing.Testing;

namespace Briefing.Core.Tests.Schemas;

/// <summary>The committed schemas, the authoring guide and the content all agree with the front-matter records.</summary>
public class SchemaTests
{
    [Fact]
    public void Committed_schemas_equal_what_the_records_produce()
    {
        foreach (var document in SchemaFiles.Documents)
        {
            Assert.True(JsonSchemaWriter.Write(document) == SchemaFiles.Committed(document),
                $"schemas/{document.FileName} is out of date: run 'dotnet run --project src/Briefing.Cli -- schema' and commit the result");
        }
    }

    [Fact]
    public void Committed_events_dataset_schema_equals_what_the_columns_produce()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", EventDatasetSchema.FileName)).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.True(EventDatasetSchema.Write() == committed,
            $"schemas/{EventDatasetSchema.FileName} is out of date: run 'dotnet run --project src/Briefing.Cli -- schema' and commit the result");
    }

    [Fact]
    public void Every_committed_schema_file_comes_from_a_record_or_the_dataset_columns()
    {
        var committed = Directory.GetFiles(Path.Combine(RepoPaths.Root, "schemas"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(SchemaFiles.Documents.Select(d => d.FileName).Append(EventDatasetSchema.FileName).Order(StringComparer.Ordinal), committed);
    }

    [Fact]
    public void Every_content_file_in_input_validates_against_its_schema()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/'))
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var problems = new List<string>();
        foreach (var file in files)
        {
            var document = SchemaFiles.For(file);
            if (document is null)
            {
                problems.Add($"{file}: no schema covers this file");
                continue;
            }
            var json = SchemaFiles.FrontMatterJson(File.ReadAllText(Path.Combine(RepoPaths.Root, file)));
            problems.AddRange(MiniJsonSchema.Validate(SchemaFiles.Schema(document), json).Select(e => $"{file} ({document.FileName}) {e}"));
        }

        Assert.True(files.Count >= 4, "expected site.yml, two briefings and a page at least");
        Assert.Empty(problems);
    }

    [Fact]
    public void The_authoring_guide_tables_equal_what_the_records_produce()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "authoring.md");
        var guide = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);

        foreach (var document in SchemaFiles.Documents)
        {
            Assert.Contains($"<!-- fields:{document.Name} -->\n{FieldTable.Render(document)}<!-- /fields:{document.Name} -->", guide, StringComparison.Ordinal);
        }
    }
}
