namespace Briefing.Core.Content;

/// <summary>
/// A file read from <c>input/</c>: its path as shown to authors (relative, forward slashes)
/// and its text with line endings normalised to LF and any byte-order mark removed.
/// </summary>
public sealed record SourceFile(string DisplayPath, string Text)
{
    /// <summary>
    /// Where the document parsed from this file keeps its body instead of in <see cref="Text"/>: set by a build that keeps
    /// nothing for a next one; null (the text is kept) when a cache compares texts from build to build.
    /// </summary>
    public BodyStore? Bodies { get; init; }

    /// <summary>
    /// The body, already in <see cref="Bodies"/>, when the loader split the file before decoding it
    /// (<see cref="Utf8SourceFile"/>): <see cref="Text"/> then ends where the body starts.
    /// </summary>
    public StoredText? StoredBody { get; init; }
}
