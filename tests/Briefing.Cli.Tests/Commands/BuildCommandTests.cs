using Briefing.Testing;

namespace Briefing.Cli.Tests.Commands;

public class BuildCommandTests
{
    private static TempDirectory Repository()
    {
        var repo = new TempDirectory();
        repo.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        repo.CopyFrom(RepoPaths.Theme, "theme");
        return repo;
    }

    [Fact]
    public void Build_writes_the_site_and_prints_one_summary_line()
    {
        using var repo = Repository();
        var run = CliRun.InProcess(repo.Path, "build");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Built \d+ pages \(\d+ files\) into output/ in \d+\.\d\d s\n$", run.Out.Replace("\r", "", StringComparison.Ordinal));
        foreach (var page in new[] { "index.html", "briefings/index.html", "briefings/first-look/index.html", "about/index.html", "404.html" })
        {
            Assert.True(File.Exists(repo.Combine("output", page)), page);
        }
    }

    [Fact]
    public void Broken_title_yaml_exits_1_names_file_and_line_and_keeps_the_previous_output()
    {
        using var repo = Repository();
        Assert.Equal(0, CliRun.InProcess(repo.Path, "build").ExitCode);
        var before = TreeHash.Of(repo.Combine("output"));
        repo.Write("input/briefings/first-look/v1.md", "---\ntitle: \"never closed\ndate: 2025-03-04\nsummary: s\nbyline: b\n---\nBody\n");

        var run = CliRun.InProcess(repo.Path, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"input/briefings/first-look/v1\.md:\d+:\d+: error: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, TreeHash.Of(repo.Combine("output")));
    }

    [Fact]
    public void Every_problem_is_listed_not_only_the_first()
    {
        using var repo = Repository();
        repo.Write("input/briefings/first-look/v1.md", "---\ntitle: T\n---\nBody\n");
        repo.Write("input/pages/about.md", "---\nsummary: no title\n---\nBody\n");
        var run = CliRun.InProcess(repo.Path, "build");
        Assert.Equal(1, run.ExitCode);
        var errors = run.Error.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, errors.Count);
        Assert.StartsWith("input/briefings/first-look/v1.md", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("input/pages/about.md", errors[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_code_2()
    {
        using var repo = Repository();
        var run = CliRun.InProcess(repo.Path, "build", "--colour");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_folder_may_not_be_the_input_folder()
    {
        using var repo = Repository();
        var run = CliRun.InProcess(repo.Path, "build", "--output", "input");
        Assert.Equal(2, run.ExitCode);
        Assert.True(File.Exists(repo.Combine("input", "site.yml")));
    }

    [Fact]
    public void Help_documents_every_build_option()
    {
        var run = CliRun.InProcess(RepoPaths.Root, "build", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--input", "--theme", "--output", "--base-url" })
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Base_url_option_sets_canonical_links()
    {
        using var repo = Repository();
        Assert.Equal(0, CliRun.InProcess(repo.Path, "build", "--base-url", "https://preview.example.net").ExitCode);
        var html = File.ReadAllText(repo.Combine("output", "about", "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://preview.example.net/about/\">", html, StringComparison.Ordinal);
    }
}
