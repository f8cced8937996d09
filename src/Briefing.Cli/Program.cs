using Briefing.Cli;
using Spectre.Console;

// Progress is drawn live only when standard error is a terminal; Spectre.Console then decides from TERM and
// NO_COLOR what it may draw there (a "dumb" terminal gets the plain lines a log gets).
var terminal = Console.IsErrorRedirected
    ? null
    : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
return CliApp.Run(args, new CliContext(Console.Out, Console.Error, Environment.CurrentDirectory) { Terminal = terminal });
