using Briefing.Core.Diagnostics;

namespace Briefing.Cli.Reporting;

/// <summary>
/// Prints diagnostics one per line, compiler style, to standard error; on GitHub Actions also as
/// workflow commands on standard output, so that they appear on the pull request's diff.
/// </summary>
public sealed class DiagnosticReporter(CliContext context)
{
    public void Print(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString());
        }
        if (GitHubAnnotations.IsActive(context.Environment))
        {
            foreach (var diagnostic in diagnostics)
            {
                context.Out.WriteLine(GitHubAnnotations.Format(diagnostic));
            }
        }
    }

    public void PrintFailureSummary(IReadOnlyList<Diagnostic> diagnostics, string outputFolder)
    {
        context.Error.WriteLine($"Build failed: {Count(diagnostics)}. {outputFolder}/ was left as it was.");
    }

    /// <summary>"2 errors, 1 warning".</summary>
    public static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
