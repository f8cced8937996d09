using Briefing.Testing;

namespace Briefing.Cli.Tests.Commands;

/// <summary><c>briefing build</c> on each kind of broken version sequence: exit 1, the file and line named, no stack trace.</summary>
public class VersionErrorsTests
{
    private const string Folder = "input/briefings/harbour-levy";

    private const string V1 = "---\ntitle: T\ndate: 2025-01-10\nsummary: S\nbyline: B\n---\n\nText.\n";

    private const string V2 = "---\ntitle: T\ndate: 2025-01-12\nsummary: S\nbyline: B\nchanges:\n  - type: update\n    text: More.\n---\n\nMore text.\n";

    [Theory]
    [InlineData("skipped", "v3.md", V2, "v3.md:1:1: error: version 3 skips a number: expected v2.md")]
    [InlineData("repeated as v01", "v01.md", V1, "v01.md:1:1: error: 'v01' is not a version number")]
    [InlineData("no changes", "v2.md", "---\ntitle: T\ndate: 2025-01-12\nsummary: S\nbyline: B\n---\n\nMore text.\n", "v2.md:2:1: error: 'changes': from version 2 on")]
    [InlineData("unknown type", "v2.md", "---\ntitle: T\ndate: 2025-01-12\nsummary: S\nbyline: B\nchanges:\n  - type: erratum\n    text: More.\n---\n\nMore text.\n", "v2.md:7:5: error: 'changes[0].type': 'erratum' is not a change type")]
    [InlineData("dated before", "v2.md", "---\ntitle: T\ndate: 2025-01-09\nsummary: S\nbyline: B\nchanges:\n  - type: update\n    text: More.\n---\n\nMore text.\n", "v2.md:3:1: error: 'date': version 2 is dated 2025-01-09, before version 1 (2025-01-10)")]
    public void Broken_version_sequence_exits_1_with_file_and_line(string why, string file, string text, string expected)
    {
        using var repo = new TempDirectory();
        repo.Write("input/site.yml", File.ReadAllText(Path.Combine(RepoPaths.Fixture("03-versions"), "site.yml")));
        repo.CopyFrom(RepoPaths.Theme, "theme");
        repo.Write($"{Folder}/v1.md", V1);
        repo.Write($"{Folder}/{file}", text);

        var run = CliRun.InProcess(repo.Path, "build");

        Assert.True(run.ExitCode == 1, $"{why}: exit {run.ExitCode}\n{run.Error}");
        Assert.Contains($"{Folder}/{expected}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(repo.Combine("output")));
    }
}
