using Briefing.Testing;

namespace Briefing.Cli.Tests.Commands;

/// <summary><c>build --timings</c> and <c>build --jobs</c>: a slow build explains itself, and threads never change the output.</summary>
public class BuildSpeedOptionsTests
{
    private static TempDirectory Repository() => TempDirectory.WithRealSite();

    [Fact]
    public void Timings_prints_every_phase_with_wall_cpu_and_collector_milliseconds_and_allocations_on_standard_error()
    {
        using var repo = Repository();

        var run = CliRun.InProcess(repo.Path, "build", "--timings");

        Assert.Equal(0, run.ExitCode);
        var phases = run.ErrorLines.SkipWhile(line => !line.StartsWith("phase ", StringComparison.Ordinal)).Skip(1).Where(line => !line.StartsWith(' ')).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["startup", "load", "model", "theme", "render"], phases.Take(5).Select(p => p[0]));
        Assert.EndsWith("(beside load and model)", run.ErrorLines.Single(l => l.StartsWith("theme ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(["write", "other", "total"], phases.TakeLast(3).Select(p => p[0]));
        Assert.All(phases, p => Assert.Matches(@"^\d+\.\d$", p[1]));
        Assert.All(phases, p => Assert.Matches(@"^\d+\.\d$", p[2]));
        // The collector's pauses in each phase that ran on its own; the theme, compiled beside load and model, has none.
        Assert.All(phases.Where(p => p[0] != "theme"), p => Assert.Matches(@"^\d+\.\d$", p[3]));
        // What each phase allocated, in MiB: the phases on their own and "other" add up to the total.
        var allocated = phases.Where(p => p[0] != "theme").ToDictionary(p => p[0], p => double.Parse(p[4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(allocated["load"] > 0 && allocated["model"] > 0 && allocated["render"] > 0, string.Join(", ", allocated));
        Assert.Equal(allocated["total"], allocated.Where(a => a.Key != "total").Sum(a => a.Value), 0.5);
        Assert.Matches(@"^  gc: \d+ collections .* paused \d+ ms, allocated \d+ MiB", run.ErrorLines.SkipWhile(line => !line.StartsWith("total ", StringComparison.Ordinal)).Skip(1).First());
        Assert.StartsWith("Built ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Timings_break_the_render_phase_down_by_page_generator_right_under_it()
    {
        using var repo = Repository();

        var run = CliRun.InProcess(repo.Path, "build", "--timings");

        var lines = run.ErrorLines.ToList();
        var render = lines.FindIndex(line => line.StartsWith("render ", StringComparison.Ordinal));
        var parts = lines.Skip(render + 1).TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Contains(parts, p => p[0] == "VersionPages");
        Assert.Contains(parts, p => p[0] == "EventPages");
        Assert.All(parts, p => Assert.Matches(@"^\d+\.\d$", p[1]));
        // Each generator's allocations, which together are part of the render phase's.
        var allocated = parts.ToDictionary(p => p[0], p => double.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(allocated["VersionPages"] > 0 && allocated["EventPages"] > 0, string.Join(", ", allocated));
        var renderAllocated = double.Parse(lines[render].Split(' ', StringSplitOptions.RemoveEmptyEntries)[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(allocated.Values.Sum() <= renderAllocated + 1, $"{allocated.Values.Sum()} MiB in parts, {renderAllocated} MiB in the phase");
        Assert.StartsWith("links ", lines[render + 1 + parts.Count], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_timings_standard_error_holds_only_progress_lines()
    {
        using var repo = Repository();

        var run = CliRun.InProcess(repo.Path, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.ErrorLines, line => Assert.Matches(@"^\[\d+\.\d s\] ", line));
    }

    [Fact]
    public void One_thread_and_every_core_build_byte_identical_trees()
    {
        using var repo = Repository();

        Assert.Equal(0, CliRun.InProcess(repo.Path, "build", "--jobs", "1", "--output", "out-sequential").ExitCode);
        Assert.Equal(0, CliRun.InProcess(repo.Path, "build", "--output", "out-parallel").ExitCode);
        Assert.Equal(0, CliRun.InProcess(repo.Path, "build", "--jobs", "7", "--output", "out-seven").ExitCode);

        var sequential = TreeHash.Of(repo.Combine("out-sequential"));
        Assert.Equal(sequential, TreeHash.Of(repo.Combine("out-parallel")));
        Assert.Equal(sequential, TreeHash.Of(repo.Combine("out-seven")));
    }

    [Fact]
    public void Jobs_below_one_is_a_usage_error()
    {
        using var repo = Repository();

        var run = CliRun.InProcess(repo.Path, "build", "--jobs", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--jobs must be 1 or more", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(repo.Combine("output")));
    }
}
