using System.CommandLine;
using System.Globalization;
using Briefing.Cli.Reporting;
using Briefing.Core.Build;

namespace Briefing.Cli.Commands;

/// <summary>
/// <c>briefing check</c>: everything <c>build</c> validates (front matter, references, templates,
/// internal links and anchors), without writing anything. Problems go to standard error, one per line,
/// sorted by file and line; the count goes to standard output. Exit 1 on any error.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var options = new SiteOptions();
        var command = new Command("check", "Check the content and theme as a build would, without writing output: every problem as 'path:line:col: error: message'; exit 1 on any error.");
        var timings = new Option<bool>("--timings") { Description = "Also print how long each phase took (load, theme, model, render, links), in milliseconds." };
        options.AddTo(command, withOutput: false);
        command.Options.Add(timings);
        command.SetAction(parse => Run(options.Read(parse, context), parse.GetValue(timings), context));
        return command;
    }

    private static int Run(BuildOptions options, bool showTimings, CliContext context)
    {
        OneShotCollector.PreferThroughput();
        var result = new SitePipeline().Render(options with { Pacer = new ModelCollections() });
        if (showTimings)
        {
            context.Out.WriteLine("timings: " + string.Join(", ", result.Timings.Select(t =>
                string.Create(CultureInfo.InvariantCulture, $"{t.Phase} {t.Elapsed.TotalMilliseconds:0.0} ms"))));
        }
        new DiagnosticReporter(context).Print(result.Diagnostics);
        if (!result.Succeeded)
        {
            context.Out.WriteLine($"Check failed: {DiagnosticReporter.Count(result.Diagnostics)}.");
            return ExitCodes.ContentErrors;
        }
        var pages = result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        context.Out.WriteLine($"Checked {pages} pages: {DiagnosticReporter.Count(result.Diagnostics)}.");
        return ExitCodes.Success;
    }
}
