using Briefing.Testing;

namespace Briefing.Cli.Tests.Commands;

/// <summary>The same input gives byte-identical output whatever the time zone, the culture or the file order.</summary>
public class DeterminismTests
{
    [Fact]
    public void Builds_in_different_time_zones_and_locales_are_byte_identical()
    {
        using var repo = TempDirectory.WithRealSite();

        var first = CliRun.Process(repo.Path, new Dictionary<string, string> { ["TZ"] = "UTC", ["LANG"] = "C.UTF-8" }, "build", "--output", "out-a");
        var second = CliRun.Process(repo.Path, new Dictionary<string, string> { ["TZ"] = "Asia/Baku", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" }, "build", "--output", "out-b");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(TreeHash.Of(repo.Combine("out-a")), TreeHash.Of(repo.Combine("out-b")));
    }

    [Fact]
    public void Files_created_in_reverse_order_build_the_same_site()
    {
        using var forward = new TempDirectory();
        using var reverse = new TempDirectory();
        var files = Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var (target, order) in new[] { (forward, files), (reverse, Enumerable.Reverse(files).ToList()) })
        {
            foreach (var file in order)
            {
                target.Write("input/" + Path.GetRelativePath(RepoPaths.Input, file).Replace('\\', '/'), File.ReadAllText(file));
            }
            target.CopyFrom(RepoPaths.Theme, "theme");
            var run = CliRun.InProcess(target.Path, "build");
            Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        }
        Assert.Equal(TreeHash.Of(forward.Combine("output")), TreeHash.Of(reverse.Combine("output")));
    }
}
