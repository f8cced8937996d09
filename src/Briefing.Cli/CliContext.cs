using Spectre.Console;

namespace Briefing.Cli;

/// <summary>Where a command runs and writes: passed in, so tests run commands in-process against fixture folders.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>A path given on the command line, resolved against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

    /// <summary>Environment lookups go through here so tests can see what a command would read.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Standard error as a terminal, to draw progress on; null when it is not one (a pipe, a CI log, a test).</summary>
    public IAnsiConsole? Terminal { get; init; }
}
