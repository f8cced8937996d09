using Briefing.Core.Diagnostics;

namespace Briefing.Cli.Reporting;

/// <summary>Prints diagnostics one per line, compiler style, to standard error.</summary>
public sealed class DiagnosticReporter(CliContext context)
{
    public void Print(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString());
        }
    }

    public void PrintFailureSummary(IReadOnlyList<Diagnostic> diagnostics, string outputFolder)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        context.Error.WriteLine($"Build failed: {Plural(errors, "error")}, {Plural(warnings, "warning")}. {outputFolder}/ was left as it was.");
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
