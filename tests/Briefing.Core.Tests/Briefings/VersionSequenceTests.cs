using Briefing.Core.Briefings;
using Briefing.Core.Content;
using Briefing.Core.Diagnostics;
using Briefing.Testing;

namespace Briefing.Core.Tests.Briefings;

/// <summary>Each way a briefing's versions can be wrong is reported with the version file and the line to fix.</summary>
public class VersionSequenceTests
{
    private const string Folder = "input/briefings/harbour-levy";

    private const string Version1 = "---\ntitle: T\ndate: 2025-01-10\nsummary: S\nbyline: B\n---\n\nFirst text.\n";

    private const string Version2 = "---\ntitle: T\ndate: 2025-01-12\nsummary: S\nbyline: B\nchanges:\n  - type: correction\n    text: Fixed a date.\n---\n\nSecond text.\n";

    private static IReadOnlyList<Diagnostic> Errors(params (string Name, string Text)[] versions)
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", File.ReadAllText(Path.Combine(RepoPaths.Fixture("03-versions"), "site.yml")));
        foreach (var (name, text) in versions)
        {
            site.Write($"{Folder}/{name}", text);
        }
        return SiteBuilds.Render(site.Combine("input"), displayRoot: site.Path).Diagnostics.Where(d => d.IsError).ToList();
    }

    [Fact]
    public void Valid_versions_report_nothing()
    {
        Assert.Empty(Errors(("v1.md", Version1), ("v2.md", Version2)));
    }

    [Fact]
    public void Skipped_version_number_reports_file_and_line()
    {
        var error = Assert.Single(Errors(("v1.md", Version1), ("v3.md", Version2)));

        Assert.Equal($"{Folder}/v3.md", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("version 3 skips a number: expected v2.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_2_without_changes_reports_file_and_line()
    {
        var error = Assert.Single(Errors(("v1.md", Version1), ("v2.md", Version1.Replace("2025-01-10", "2025-01-12", StringComparison.Ordinal))));

        Assert.Equal($"{Folder}/v2.md", error.File);
        Assert.Equal(2, error.Line); // no changes: line, so the front matter's first line
        Assert.Equal("changes", error.Field);
    }

    [Fact]
    public void Unknown_change_type_reports_file_line_and_column_and_nothing_else()
    {
        var error = Assert.Single(Errors(("v1.md", Version1), ("v2.md", Version2.Replace("type: correction", "type: erratum", StringComparison.Ordinal))));

        Assert.Equal($"{Folder}/v2.md", error.File);
        Assert.Equal(7, error.Line); // "  - type: erratum" is the front matter's sixth line
        Assert.Equal(5, error.Column);
        Assert.Equal("changes[0].type", error.Field);
        Assert.Contains("'erratum' is not a change type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_dated_before_its_predecessor_reports_file_and_line()
    {
        var error = Assert.Single(Errors(("v1.md", Version1), ("v2.md", Version2.Replace("2025-01-12", "2025-01-09", StringComparison.Ordinal))));

        Assert.Equal($"{Folder}/v2.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal("date", error.Field);
        Assert.Contains("version 2 is dated 2025-01-09, before version 1 (2025-01-10)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_dated_the_same_day_as_its_predecessor_is_allowed()
    {
        Assert.Empty(Errors(("v1.md", Version1), ("v2.md", Version2.Replace("2025-01-12", "2025-01-10", StringComparison.Ordinal))));
    }

    /// <summary>
    /// The loader refuses <c>v01.md</c>, so two files cannot carry the same number; the rule is checked
    /// on the model's input directly, for a loader that might one day accept such names.
    /// </summary>
    [Fact]
    public void Repeated_version_number_reports_file_and_line()
    {
        var first = Source("input/briefings/x/v1.md", 1);
        var again = Source("input/briefings/x/v1-copy.md", 1);
        var diagnostics = new DiagnosticBag();

        Assert.False(VersionSequence.Check([first, again], diagnostics));

        var error = Assert.Single(diagnostics.Sorted(), d => d.Message.Contains("repeats", StringComparison.Ordinal));
        Assert.Equal("input/briefings/x/v1-copy.md", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("version 1 repeats a number: expected v2.md", error.Message, StringComparison.Ordinal);
    }

    private static BriefingVersionSource Source(string path, int number)
    {
        var front = new BriefingFrontMatter { Title = "T", Date = new DateOnly(2025, 1, 10), Summary = "S", Byline = "B" };
        var document = new ContentDocument<BriefingFrontMatter>(new SourceFile(path, Version1), front, Version1.IndexOf("\n\nFirst", StringComparison.Ordinal) + 1, 7, new YamlFieldLines(null));
        return new BriefingVersionSource("x", number, document);
    }
}
