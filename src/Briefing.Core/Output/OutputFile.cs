using System.Text;

namespace Briefing.Core.Output;

/// <summary>One file of the built site: its path under <c>output/</c> (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    /// <summary>The page's head metadata when the file is an HTML page rendered through the layout; null for other files.</summary>
    public PageMeta? Meta { get; init; }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The theme template that rendered the file (as shown in messages), when one did.</summary>
    public string? Template { get; init; }

    /// <summary>
    /// The text the bytes were encoded from, while the file is fresh from its template: the link scan reads it rather than
    /// decoding the bytes again (at 100,000 events that decoding was 2.5 GB of allocation), then releases it. Dropped once
    /// scanned (<see cref="Settled"/>).
    /// </summary>
    internal PageText? EncodedText { get; init; }

    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    /// <summary>A page rendered through a template, carrying its text until it is scanned for links.</summary>
    public static OutputFile Page(string path, PageText html) => new OutputFile(path, html.Utf8()) with { EncodedText = html };

    /// <summary>
    /// True for a page whose bytes are not made yet. A build that writes pages as it renders them encodes each one from
    /// <see cref="EncodedText"/> into a reused buffer as it writes it (<see cref="StagedSite.Add"/>), instead of into an
    /// array of its own that lives only until the page is written: at 100,000 events those arrays were about a gigabyte,
    /// a tenth of all the build allocated. <see cref="WithBytes"/> makes the bytes for any other use.
    /// </summary>
    internal bool BytesPending { get; init; }

    /// <summary>A page rendered through a template, its bytes made when it is written (<see cref="BytesPending"/>).</summary>
    internal static OutputFile PageToWrite(string path, PageText html) => new(path, []) { EncodedText = html, BytesPending = true };

    /// <summary>
    /// What writes the file's bytes into a stream, when the writer is to stream them into the file rather than be given
    /// them as one array (<see cref="BytesPending"/>): for a file large enough that the array would be a large object of
    /// its own, whose allocation counts towards starting a full collection (the event dataset, 160 MB at 100,000 events).
    /// </summary>
    internal Action<Stream>? WriteContent { get; init; }

    /// <summary>A file whose bytes <paramref name="write"/> writes into the file when it is written (<see cref="WriteContent"/>).</summary>
    internal static OutputFile Streamed(string path, Action<Stream> write) => new(path, []) { WriteContent = write, BytesPending = true };

    /// <summary>This file with its bytes, made from its text or its writer if they were pending; the text is still the caller's to release.</summary>
    internal OutputFile WithBytes() => !BytesPending ? this
        : WriteContent is { } write ? this with { Content = Collect(write), WriteContent = null, BytesPending = false }
        : this with { Content = EncodedText!.Utf8(), BytesPending = false };

    private static byte[] Collect(Action<Stream> write)
    {
        using var bytes = new MemoryStream();
        write(bytes);
        return bytes.ToArray();
    }

    /// <summary>
    /// This file as it is kept once rendered: without <see cref="EncodedText"/>, a second copy of its content. Refused for
    /// a page whose bytes are pending, whose text is its only content until it is written or given its bytes.
    /// </summary>
    internal OutputFile Settled() =>
        BytesPending ? throw new InvalidOperationException($"'{Path}' has no bytes yet: write it, or make them with WithBytes, before letting its text go")
        : EncodedText is null ? this : this with { EncodedText = null };
}
