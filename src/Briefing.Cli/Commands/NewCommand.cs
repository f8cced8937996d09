using System.CommandLine;

namespace Briefing.Cli.Commands;

/// <summary>
/// <c>briefing new</c>: starts a new piece of content from a template. Each kind is a subcommand in
/// its own file (<c>new version</c>, <c>new event</c>); none overwrites an existing file.
/// </summary>
public static class NewCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("new", "Start a new piece of content: the next version of a briefing, or an event. Never overwrites.");
        command.Subcommands.Add(NewVersionCommand.Create(context));
        command.Subcommands.Add(NewEventCommand.Create(context));
        return command;
    }
}
