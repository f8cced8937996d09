using System.CommandLine;
using System.Globalization;
using Briefing.Cli.Reporting;
using Briefing.Core.Build;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing build</c>: the whole site into <c>output/</c>, or every problem and exit 1.</summary>
public static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var options = new SiteOptions();
        var timings = new Option<bool>("--timings") { Description = "Print how long each phase of the build took (load, theme, model, render, write …), so that a slow build explains itself." };
        var jobs = new Option<int?>("--jobs") { Description = "Threads to build with (default: every core); 1 builds on one thread. The output is the same either way." };
        var command = new Command("build", "Build the site from the input folder into the output folder. Nothing is written unless the whole build succeeds.");
        options.AddTo(command, withOutput: true);
        command.Options.Add(timings);
        command.Options.Add(jobs);
        command.SetAction(parse => parse.GetValue(jobs) is { } threads && threads < 1
            ? UsageError($"--jobs must be 1 or more, not {threads}", context)
            : OutputFolderGuard.CheckText(parse.GetValue(options.Output)) is { } problem
            ? UsageError(problem, context)
            : Run(options.Read(parse, context) with { MaxParallelism = parse.GetValue(jobs) ?? -1 }, parse.GetValue(timings), context));
        return command;
    }

    private static int UsageError(string message, CliContext context)
    {
        context.Error.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }

    private static int Run(BuildOptions options, bool printTimings, CliContext context)
    {
        var problem = OutputFolderGuard.Check(options);
        if (problem is not null)
        {
            context.Error.WriteLine($"error: {problem}");
            return ExitCodes.Usage;
        }
        OneShotCollector.PreferThroughput();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var startupCpu = Environment.CpuUsage.TotalTime;
        var result = BuildProgressDisplay.Run(context, progress => new SitePipeline().Build(options with { Progress = progress, Pacer = new ModelCollections() }));
        var reporter = new DiagnosticReporter(context);
        reporter.Print(result.Diagnostics);
        if (printTimings)
        {
            var total = new PhaseTiming("total", System.Diagnostics.Stopwatch.GetElapsedTime(started), Environment.CpuUsage.TotalTime - startupCpu) { GcPaused = GC.GetTotalPauseDuration(), Allocated = GC.GetTotalAllocatedBytes() };
            TimingsReport.Print(result.Timings, total, context.Error, new PhaseTiming("startup", StartupTime(started), startupCpu));
        }
        if (!result.Succeeded)
        {
            reporter.PrintFailureSummary(result.Diagnostics, Path.GetRelativePath(context.WorkingDirectory, options.OutputDirectory));
            return ExitCodes.ContentErrors;
        }
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        var pages = result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {pages} pages ({result.Files.Count} files) into {Path.GetRelativePath(context.WorkingDirectory, options.OutputDirectory)}/ in {seconds:0.00} s"));
        return ExitCodes.Success;
    }

    // Time from process start to the build starting: the runtime, JIT and command-line parsing.
    private static TimeSpan StartupTime(long buildStarted)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        return sinceStart - System.Diagnostics.Stopwatch.GetElapsedTime(buildStarted);
    }
}
