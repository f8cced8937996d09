using System.CommandLine;
using System.Globalization;
using Briefing.Cli.Reporting;
using Briefing.Core.Pipeline;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing build</c>: the whole site into <c>output/</c>, or every problem and exit 1.</summary>
public static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var options = new SiteOptions();
        var command = new Command("build", "Build the site from the input folder into the output folder. Nothing is written unless the whole build succeeds.");
        options.AddTo(command, withOutput: true);
        command.SetAction(parse =>
        {
            if (OutputFolderGuard.CheckText(parse.GetValue(options.Output)) is { } problem)
            {
                context.Error.WriteLine($"error: {problem}");
                return ExitCodes.Usage;
            }
            return Run(options.Read(parse, context), context);
        });
        return command;
    }

    private static int Run(BuildOptions options, CliContext context)
    {
        var problem = OutputFolderGuard.Check(options);
        if (problem is not null)
        {
            context.Error.WriteLine($"error: {problem}");
            return ExitCodes.Usage;
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = new SitePipeline().Build(options);
        var reporter = new DiagnosticReporter(context);
        reporter.Print(result.Diagnostics);
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
}
