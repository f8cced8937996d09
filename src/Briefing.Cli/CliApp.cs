using System.CommandLine;
using Briefing.Cli.Commands;

namespace Briefing.Cli;

/// <summary>Wires the commands together; each command lives in its own file under <c>Commands/</c>.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory) =>
        Run(args, new CliContext(output, error, workingDirectory));

    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("briefing: builds the Briefing publication, a static site of versioned briefings, events and a tension index.");
        root.Subcommands.Add(BuildCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(NewCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                context.Error.WriteLine($"error: {problem.Message}");
            }
            context.Error.WriteLine("Run 'briefing --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.ContentErrors;
        }
#pragma warning disable CA1031 // the one place that turns a bug into a one-line report instead of a stack trace
        catch (Exception e)
        {
            context.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}. This is a bug in briefing; please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
#pragma warning restore CA1031
    }
}
