using Briefing.Testing;

namespace Briefing.Cli.Tests.Commands;

public class ImportCommandTests
{
    private static readonly string Report = Path.Combine(RepoPaths.Fixture("seeds"), "000_437af75286ba1fe7.txt");

    [Fact]
    public void Import_writes_v1_with_front_matter_and_refuses_to_overwrite()
    {
        using var repo = new TempDirectory();
        var args = new[] { "import", Report, "--slug", "report", "--title", "Breaking Bonds: Azerbaijan’s Bold Shift Away from Russia", "--date", "2025-07-21" };

        var first = CliRun.InProcess(repo.Path, args);
        Assert.Equal(0, first.ExitCode);
        var written = File.ReadAllText(repo.Combine("input", "briefings", "report", "v1.md"));
        Assert.StartsWith("---\ntitle: \"Breaking Bonds: Azerbaijan’s Bold Shift Away from Russia\"\ndate: 2025-07-21\n", written, StringComparison.Ordinal);

        File.WriteAllText(repo.Combine("input", "briefings", "report", "v1.md"), "edited by hand");
        var second = CliRun.InProcess(repo.Path, args);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("--force", second.Error, StringComparison.Ordinal);
        Assert.Equal("edited by hand", File.ReadAllText(repo.Combine("input", "briefings", "report", "v1.md")));

        Assert.Equal(0, CliRun.InProcess(repo.Path, [.. args, "--force"]).ExitCode);
        Assert.NotEqual("edited by hand", File.ReadAllText(repo.Combine("input", "briefings", "report", "v1.md")));
    }

    [Fact]
    public void Import_rejects_a_slug_that_is_not_url_safe()
    {
        using var repo = new TempDirectory();
        var run = CliRun.InProcess(repo.Path, "import", Report, "--slug", "../escape", "--title", "T", "--date", "2025-07-21");
        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(repo.Combine("input")));
    }
}
