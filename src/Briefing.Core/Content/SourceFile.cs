namespace Briefing.Core.Content;

/// <summary>
/// A file read from <c>input/</c>: its path as shown to authors (relative, forward slashes)
/// and its text with line endings normalised to LF and any byte-order mark removed.
/// </summary>
public sealed record SourceFile(string DisplayPath, string Text);
