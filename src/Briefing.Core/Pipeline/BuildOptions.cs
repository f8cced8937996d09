namespace Briefing.Core.Pipeline;

/// <summary>
/// Where a build reads and writes. <see cref="DisplayRoot"/> is the folder paths in messages are
/// relative to (the repository root when run from there); <see cref="BaseUrl"/> overrides <c>site.yml</c>.
/// </summary>
public sealed record BuildOptions(
    string InputDirectory,
    string ThemeDirectory,
    string OutputDirectory,
    string DisplayRoot,
    string? BaseUrl = null);
