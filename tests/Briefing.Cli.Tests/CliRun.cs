using System.Diagnostics;

namespace Briefing.Cli.Tests;

/// <summary>Runs the CLI in-process (fast) or as a real process (for environment-dependent behaviour).</summary>
internal static class CliRun
{
    public sealed record Outcome(int ExitCode, string Out, string Error)
    {
        public IReadOnlyList<string> OutLines => Lines(Out);

        public IReadOnlyList<string> ErrorLines => Lines(Error);

        private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Outcome InProcess(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, workingDirectory);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    /// <summary>In-process, with only the given environment variables visible to the command (e.g. <c>GITHUB_ACTIONS</c>).</summary>
    public static Outcome InProcess(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, workingDirectory)
        {
            Environment = name => environment.TryGetValue(name, out var value) ? value : null,
        };
        var code = CliApp.Run(args, context);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    /// <summary>Starts <c>briefing.dll</c> with extra environment variables, e.g. another time zone and locale.</summary>
    public static Outcome Process(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefing.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("briefing did not finish in 2 minutes");
        }
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
