using System.CommandLine;
using Briefing.Cli.Reporting;
using Briefing.Core.Pipeline;

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
        options.AddTo(command, withOutput: false);
        command.SetAction(parse => Run(options.Read(parse, context), context));
        return command;
    }

    private static int Run(BuildOptions options, CliContext context)
    {
        var result = new SitePipeline().Render(options);
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
