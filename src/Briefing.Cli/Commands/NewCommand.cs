using System.CommandLine;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing new</c>: scaffolds new content files. Each kind is a subcommand in its own file.</summary>
public static class NewCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("new", "Create a new content file with every required field and a comment for each optional one. Never overwrites.");
        command.Subcommands.Add(NewEventCommand.Create(context));
        return command;
    }
}
