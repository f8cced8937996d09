using Briefing.Core.Diagnostics;

namespace Briefing.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::message</c>), which put each
/// problem on the pull request's diff at its line. Escaping follows the runner's rules: <c>%</c>, CR and LF
/// everywhere, and also <c>:</c> and <c>,</c> inside property values.
/// </summary>
public static class GitHubAnnotations
{
    /// <summary>True when running as a GitHub Actions step, which sets <c>GITHUB_ACTIONS=true</c>.</summary>
    public static bool IsActive(Func<string, string?> environment) =>
        string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Format(Diagnostic diagnostic)
    {
        var kind = diagnostic.IsError ? "error" : "warning";
        var field = diagnostic.Field is null ? "" : $"'{diagnostic.Field}': ";
        return $"::{kind} file={Property(diagnostic.File)},line={Math.Max(diagnostic.Line, 1)},col={Math.Max(diagnostic.Column, 1)}::{Data(field + diagnostic.Message)}";
    }

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
