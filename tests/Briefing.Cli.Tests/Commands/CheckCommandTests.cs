using Briefing.Testing;

namespace Briefing.Cli.Tests.Commands;

/// <summary><c>briefing check</c>: every problem a build would find, one line each, without writing anything.</summary>
public class CheckCommandTests
{
    private const string Fixture = "tests/fixtures/06-check-errors";

    private static readonly Dictionary<string, string> OnGitHub = new(StringComparer.Ordinal) { ["GITHUB_ACTIONS"] = "true" };

    private static readonly Dictionary<string, string> NotOnGitHub = new(StringComparer.Ordinal);

    private static CliRun.Outcome Run(string[] args, string? workingDirectory = null, Dictionary<string, string>? environment = null) =>
        CliRun.InProcess(workingDirectory ?? RepoPaths.Root, environment ?? NotOnGitHub, args);

    [Fact]
    public void Fixture_with_three_broken_links_prints_exactly_three_located_errors()
    {
        var run = Run(["check", "--input", Fixture]);

        Assert.Equal(1, run.ExitCode);
        Snapshot.Match(run.Error, "txt");
    }

    [Fact]
    public void On_GitHub_Actions_each_error_is_also_a_workflow_command()
    {
        var run = Run(["check", "--input", Fixture], environment: OnGitHub);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.OutLines.Count(l => l.StartsWith("::error file=", StringComparison.Ordinal)));
        Snapshot.Match(run.Out, "txt");
    }

    [Fact]
    public void Without_GITHUB_ACTIONS_no_workflow_commands_are_printed()
    {
        var run = Run(["check", "--input", Fixture]);

        Assert.DoesNotContain("::", run.Out, StringComparison.Ordinal);
        Assert.Equal(["Check failed: 3 errors, 0 warnings."], run.OutLines);
    }

    [Fact]
    public void Paths_are_relative_to_the_working_folder()
    {
        var run = Run(["check", "--input", "06-check-errors", "--theme", RepoPaths.Theme], workingDirectory: RepoPaths.Fixture(""));

        Assert.Equal(3, run.ErrorLines.Count);
        Assert.All(run.ErrorLines, line => Assert.StartsWith("06-check-errors/", line, StringComparison.Ordinal));
    }

    [Fact]
    public void The_publication_itself_checks_clean()
    {
        var run = Run(["check"]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        Assert.StartsWith("Checked ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_writes_no_output_folder()
    {
        using var work = new TempDirectory();
        work.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        var before = Directory.GetFileSystemEntries(work.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

        var run = Run(["check", "--theme", RepoPaths.Theme], work.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, Directory.GetFileSystemEntries(work.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Build_fails_on_a_broken_internal_link_and_leaves_output_untouched()
    {
        using var work = new TempDirectory();
        work.CopyFrom(RepoPaths.Fixture("06-check-errors"), "input");
        work.Write("output/keep.txt", "previous build");
        // A previous build's folder carries the marker that lets briefing replace it.
        work.Write("output/.briefing-output", "");

        var run = Run(["build", "--theme", RepoPaths.Theme], work.Path, OnGitHub);

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains("input/pages/about.md:7:1: error: file '/assets/missing-map.png' is not part of the site", run.ErrorLines);
        Assert.Equal(3, run.OutLines.Count(l => l.StartsWith("::error file=input/", StringComparison.Ordinal)));
        Assert.Equal([".briefing-output", "keep.txt"], Directory.GetFiles(work.Combine("output")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
