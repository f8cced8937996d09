using Briefing.Testing;

namespace Briefing.Cli.Tests;

/// <summary>What one in-process run of <c>briefing</c> printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>briefing</c> in-process, in <paramref name="workingDirectory"/> (the repository root by default).</summary>
    public static CliRun Start(string[] args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, workingDirectory ?? RepoPaths.Root)
        {
            Environment = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
        };
        var code = CliApp.Run(args, context);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public IReadOnlyList<string> OutLines => Lines(Out);

    public IReadOnlyList<string> ErrorLines => Lines(Error);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
