namespace Briefing.Core.Diagnostics;

/// <summary>How bad a content problem is: errors stop the build, warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in the content or theme, located precisely enough for an author to fix it
/// without reading a stack trace. Lines and columns are 1-based; 0 means "not known".
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Message, string? Field = null)
{
    public static Diagnostic Error(string file, int line, int column, string message, string? field = null) =>
        new(file, line, column, Severity.Error, message, field);

    public static Diagnostic Warning(string file, int line, int column, string message, string? field = null) =>
        new(file, line, column, Severity.Warning, message, field);

    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style form every tool understands: <c>path:line:col: error: message</c>.</summary>
    public override string ToString()
    {
        var kind = IsError ? "error" : "warning";
        var field = Field is null ? "" : $"'{Field}': ";
        return $"{File}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {kind}: {field}{Message}";
    }
}
