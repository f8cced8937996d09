using System.Text.RegularExpressions;
using Briefing.Cli.Reporting;
using Briefing.Cli.Tests.Preview;
using Briefing.Testing;
using Spectre.Console;

namespace Briefing.Cli.Tests.Reporting;

/// <summary>A build shows its progress: drawn live on a terminal, as plain phase lines anywhere else.</summary>
public sealed partial class BuildProgressTests
{
    private static TempDirectory Repository() => TempDirectory.WithRealSite();

    /// <summary>A terminal as Spectre.Console sees one (ANSI, interactive), writing into <paramref name="screen"/>.</summary>
    private static IAnsiConsole Terminal(StringWriter screen) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });

    [Fact]
    public void Off_a_terminal_build_prints_one_plain_line_per_phase_with_no_control_characters()
    {
        using var repo = Repository();

        var run = CliRun.InProcess(repo.Path, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotMatch(ControlCharacter(), run.Error);
        var phases = run.ErrorLines.Select(line => PlainLine().Match(line)).Select(m => m.Groups["text"].Value).ToList();
        Assert.Equal(["load", "model", "render", "links", "write"], phases.Where(p => !p.Contains(' ', StringComparison.Ordinal)));
        Assert.Matches(@"^\d+ files to render$", phases[phases.IndexOf("render") + 1]);
        Assert.StartsWith("Built ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_build_draws_each_phase_live_with_the_files_rendered_out_of_the_total()
    {
        using var repo = Repository();
        using var screen = new StringWriter();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(["build"], new CliContext(output, error, repo.Path) { Terminal = Terminal(screen) });

        Assert.Equal(0, code);
        var drawn = screen.ToString();
        Assert.Contains("\u001b[", drawn, StringComparison.Ordinal);
        Assert.All(["load", "model", "render", "links", "write"], phase => Assert.Contains(phase, drawn, StringComparison.Ordinal));
        var count = AllRendered().Match(drawn);
        Assert.True(count.Success, "the render row ends at N/N files");
        Assert.True(int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 50);
        Assert.Matches(@"\d\d:\d\d:\d\d", drawn);
        Assert.Equal("", error.ToString());
        Assert.StartsWith("Built ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_render_logs_each_tenth_once_in_order_whatever_the_threads_do()
    {
        using var log = new StringWriter();
        var progress = new PlainBuildProgress(log);

        progress.PhaseStarted("render");
        progress.ItemsPlanned(5000);
        Parallel.For(0, 5000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => progress.ItemDone());

        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => PlainLine().Match(l).Groups["text"].Value).ToList();
        Assert.Equal(["render", "5000 files to render"], lines.Take(2));
        Assert.Equal(Enumerable.Range(1, 9).Select(t => $"{t * 10}%"), lines.Skip(2).Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public void A_short_render_logs_no_lines_in_between()
    {
        using var log = new StringWriter();
        var progress = new PlainBuildProgress(log);

        progress.ItemsPlanned(PlainBuildProgress.MilestonesFrom - 1);
        for (var i = 0; i < PlainBuildProgress.MilestonesFrom - 1; i++)
        {
            progress.ItemDone();
        }

        Assert.Single(log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Serve_shows_plain_progress_for_its_first_build_only()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var tab = await EventStream.OpenAsync(serve.Server.Address);
        await tab.NextAsync("hello");

        serve.Edit(ServeHarness.BriefingFile, text => text.Replace("title: \"First Light\"", "title: \"Second Light\"", StringComparison.Ordinal));
        await tab.NextAsync("reload");

        var error = serve.Error.ToString();
        Assert.DoesNotMatch(ControlCharacter(), error);
        Assert.Single(Regex.Matches(error, @"^\[\d+\.\d s\] load$", RegexOptions.Multiline));
        Assert.Matches(@"(?m)^\[\d+\.\d s\] render$", error);
    }

    [Fact]
    public async Task Serve_on_a_terminal_draws_its_first_build_live()
    {
        using var screen = new StringWriter();

        await using var serve = await ServeHarness.StartAsync(Terminal(screen));

        Assert.Matches(AllRendered(), screen.ToString());
        Assert.DoesNotContain("] load", serve.Error.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\[\d+\.\d s\] (?<text>.+)$")]
    private static partial Regex PlainLine();

    // Anything below a space but the line feed, and DEL: no escape sequences, carriage returns or backspaces in a log.
    [GeneratedRegex(@"[\x00-\x09\x0b-\x1f\x7f]")]
    private static partial Regex ControlCharacter();

    [GeneratedRegex(@"(\d+)/\1 files")]
    private static partial Regex AllRendered();
}
