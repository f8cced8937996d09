namespace Briefing.Core.Diagnostics;

/// <summary>The one order in which diagnostics are reported: file, line, column, then message.</summary>
public static class DiagnosticOrder
{
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
