using Briefing.Core.Diagnostics;
using Briefing.Testing;

namespace Briefing.Core.Tests.Content;

/// <summary>Problems in a briefing's front matter come back located: file, line, column and field.</summary>
public class FrontMatterDiagnosticsTests
{
    private static IReadOnlyList<Diagnostic> Diagnose(string versionFile)
    {
        using var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        site.Write("input/briefings/first-look/v1.md", versionFile);
        return SiteBuilds.Render(site.Combine("input"), displayRoot: site.Path).Diagnostics;
    }

    [Fact]
    public void Broken_yaml_in_title_reports_file_and_line()
    {
        var diagnostics = Diagnose("---\ntitle: \"unclosed\ndate: 2025-01-01\nsummary: s\nbyline: b\n---\nBody\n");
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("input/briefings/first-look/v1.md", error.File);
        Assert.InRange(error.Line, 2, 4);
        Assert.Contains("invalid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_fields_are_all_reported()
    {
        var diagnostics = Diagnose("---\ntitle: Only a title\n---\nBody\n");
        var fields = diagnostics.Where(d => d.IsError).Select(d => d.Field).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "byline", "date", "summary" }, fields);
    }

    [Fact]
    public void Unknown_field_is_an_error_on_its_line()
    {
        var diagnostics = Diagnose("---\ntitle: T\ndate: 2025-01-01\nsumary: typo\nsummary: s\nbyline: b\n---\nBody\n");
        var error = Assert.Single(diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(("sumary", 4), (error.Field, error.Line));
    }

    [Fact]
    public void Wrong_type_names_the_field_and_line()
    {
        var diagnostics = Diagnose("---\ntitle: T\ndate: 2025-01-01\nsummary: s\nbyline: b\ntags:\n  nested: map\n---\nBody\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(("tags", 6), (error.Field, error.Line));
        Assert.Contains("list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Impossible_date_is_reported_with_its_value()
    {
        var diagnostics = Diagnose("---\ntitle: T\ndate: 2025-02-30\nsummary: s\nbyline: b\n---\nBody\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(("date", 3), (error.Field, error.Line));
        Assert.Contains("2025-02-30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_prints_in_compiler_form()
    {
        var diagnostic = Diagnostic.Error("input/a.md", 4, 7, "is required but missing", "date");
        Assert.Equal("input/a.md:4:7: error: 'date': is required but missing", diagnostic.ToString());
    }
}
