using Briefing.Core.Content.Yaml;
using Briefing.Core.Diagnostics;

namespace Briefing.Core.Content;

/// <summary>
/// A Markdown file whose front matter parsed into the record <typeparamref name="T"/>. The body is
/// cut from the file's text when asked for, not kept beside it: a site holds every file's text,
/// and a second copy of every body was a fifth of a large build's memory.
/// </summary>
public sealed record ContentDocument<T>(SourceFile File, T FrontMatter, int BodyStart, int BodyFirstLine, YamlFieldLines Lines) : IContentDocument
    where T : class
{
    /// <summary>The Markdown after the front matter (a new string on each call: read it once where it is used); empty once dropped.</summary>
    public string Body => Stored?.ToString() ?? (File.Text.Length > BodyStart ? File.Text[BodyStart..] : "");

    /// <summary>The body, once moved into a <see cref="BodyStore"/> (<see cref="WithBodyIn"/>); null while the file's text holds it.</summary>
    private StoredText? Stored { get; init; }

    /// <summary>
    /// The document's front matter as a value that pages can record having read: equal from one build to the
    /// next while the front matter's text is, whatever happens to the body (lists and summaries read only this).
    /// </summary>
    public FrontMatterHead Head { get; private init; } = FrontMatterHead.Of(File.DisplayPath, File.Text, BodyStart);

    /// <summary>
    /// This document as the pages read it once its body is rendered, for a build that keeps nothing for a next one: no
    /// text at all (<see cref="Body"/> is then empty; the front matter is parsed, and <see cref="Head"/> keeps its hash) and
    /// no field positions, which only load and model report at. A 100,000-event site otherwise held every event's
    /// Markdown and positions through the render phase, and then still its front matter: 109 MB of text.
    /// </summary>
    public ContentDocument<T> WithoutBody() =>
        new(File with { Text = "" }, FrontMatter, BodyStart, BodyFirstLine, YamlFieldLines.None) { Head = Head };

    /// <summary>
    /// This document with its body kept in <paramref name="store"/> and the file's text dropped: what a build that keeps
    /// nothing for a next one holds from load to model (see <see cref="BodyStore"/>). <see cref="Body"/> reads the same.
    /// </summary>
    public ContentDocument<T> WithBodyIn(BodyStore store) =>
        this with { File = File with { Text = "", StoredBody = null }, Stored = File.StoredBody ?? store.Keep(File.Text.AsSpan(Math.Min(BodyStart, File.Text.Length))) };
}

/// <summary>A document whatever its front matter's type: what code that handles every kind alike needs of it.</summary>
public interface IContentDocument
{
    SourceFile File { get; }

    /// <summary>The Markdown after the front matter (a new string on each call).</summary>
    string Body { get; }

    /// <summary>The line of the file the body starts on, for diagnostics.</summary>
    int BodyFirstLine { get; }

    FrontMatterHead Head { get; }
}

/// <summary>
/// The path and front-matter text of a document, compared by value: the text as its 128-bit XxHash, so that a build can
/// drop the text and still tell, in <c>serve</c>, whether a front matter changed. Two different texts of one path would
/// have to collide in 128 bits to compare equal.
/// </summary>
public sealed class FrontMatterHead : IEquatable<FrontMatterHead>
{
    private readonly string _path;
    private readonly UInt128 _text;

    private FrontMatterHead(string path, UInt128 text) => (_path, _text) = (path, text);

    /// <summary>The head of the document at <paramref name="path"/> whose front matter is the first <paramref name="length"/> characters of <paramref name="text"/>.</summary>
    public static FrontMatterHead Of(string path, string text, int length) =>
        new(path, System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan(0, Math.Min(length, text.Length)))));

    public bool Equals(FrontMatterHead? other) =>
        ReferenceEquals(this, other) || other is not null && _text == other._text && string.Equals(_path, other._path, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as FrontMatterHead);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_path);
}

/// <summary>
/// Where each top-level front-matter field sits, for diagnostics raised after parsing (e.g. a bad reference).
/// Only the positions are kept, not the YAML nodes: at 100,000 events the node trees were gigabytes.
/// </summary>
public sealed class YamlFieldLines(YamlMap? map)
{
    private readonly (string Name, int Line, int Column)[] _fields = map?.FieldPositions() ?? [];
    private readonly int _mapLine = map?.Line ?? 1;

    /// <summary>No positions: every field is reported at the first line.</summary>
    public static YamlFieldLines None { get; } = new(null);

    /// <summary>The line of <paramref name="field"/>, or of the front matter's first key when absent.</summary>
    public int LineOf(string field) => Find(field) is { } at ? at.Line : _mapLine;

    public int ColumnOf(string field) => Find(field) is { } at ? at.Column : 1;

    // A front matter has a dozen fields or so: a look along them is as quick as hashing the name.
    private (string Name, int Line, int Column)? Find(string field) =>
        YamlMap.IndexOfField(_fields, field) is var at and >= 0 ? _fields[at] : null;
}

/// <summary>Parses a Markdown file with front matter into a typed <see cref="ContentDocument{T}"/>.</summary>
public static class ContentDocumentParser
{
    public static ContentDocument<T>? Parse<T>(SourceFile file, Func<YamlMap, T?> parseFrontMatter, DiagnosticBag diagnostics)
        where T : class
    {
        var split = FrontMatter.Split(file.Text);
        if (split is null)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, "the file must start with YAML front matter between two '---' lines");
            return null;
        }
        var map = YamlDocumentReader.Read(split.Yaml, file.DisplayPath, split.YamlFirstLine, diagnostics);
        if (map is null)
        {
            return null;
        }
        var frontMatter = parseFrontMatter(map);
        if (frontMatter is null)
        {
            return null;
        }
        var document = new ContentDocument<T>(file, frontMatter, split.BodyStart, split.BodyFirstLine, new YamlFieldLines(map));
        return file.Bodies is { } store ? document.WithBodyIn(store) : document;
    }
}
