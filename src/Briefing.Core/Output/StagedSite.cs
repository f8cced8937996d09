using System.Buffers;
using System.Collections.Concurrent;

namespace Briefing.Core.Output;

/// <summary>
/// A site being written beside <c>output/</c>: each file goes into the staging folder as soon as it is
/// rendered, so a build never holds the whole site in memory. <see cref="Commit"/> swaps the staging
/// folder in; disposing without committing deletes it, leaving the published site as it was.
/// A file whose bytes equal the published one is hard-linked instead of written (see <see cref="UnchangedFiles"/>).
/// Safe to call <see cref="Add"/> from many threads.
/// </summary>
public sealed class StagedSite : IDisposable
{
    private readonly string _output;
    private readonly string _previous;
    private readonly string? _published;
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
    private bool _committed;

    private StagedSite(string output)
    {
        _output = output;
        Root = AtomicSiteWriter.SiblingPath(output, "staging");
        _previous = AtomicSiteWriter.SiblingPath(output, "previous");
        AtomicSiteWriter.RecoverInterruptedSwap(output, _previous);
        // A killed build leaves these behind; they are never anyone else's.
        AtomicSiteWriter.DeleteIfExists(Root);
        AtomicSiteWriter.DeleteIfExists(_previous);
        Directory.CreateDirectory(Root);
        _published = Directory.Exists(output) ? output : null;
    }

    /// <summary>The staging folder: the next site, until it is committed.</summary>
    public string Root { get; }

    /// <summary>Starts a staging folder for the site at <paramref name="outputDirectory"/>, clearing what a killed build left.</summary>
    public static StagedSite Begin(string outputDirectory) =>
        new(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>Writes one file; throws for a path that is not a plain relative path inside the site.</summary>
    public void Add(OutputFile file)
    {
        var target = OutputPaths.Resolve(Root, file.Path);
        // Recorded only once it exists: another thread that finds it recorded writes into it at once.
        if (Path.GetDirectoryName(target) is { } directory && !_directories.ContainsKey(directory))
        {
            Directory.CreateDirectory(directory);
            _directories.TryAdd(directory, true);
        }
        if (!file.BytesPending)
        {
            Place(file.Path, target, file.Content);
            return;
        }
        if (file.WriteContent is { } write)
        {
            // Streamed straight into a new file: never linked from the published site, whose copy would have to be read
            // and compared as the bytes come (two files of the event dataset).
            using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            write(stream);
            return;
        }
        // A page whose bytes were left to the writer: encoded into a pooled buffer, placed, and the buffer given back.
        var buffer = file.EncodedText!.RentUtf8(out var length);
        try
        {
            Place(file.Path, target, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Linked from the published site when its bytes are the same there, written afresh otherwise.
    private void Place(string sitePath, string target, ReadOnlySpan<byte> content)
    {
        if (_published is null || !UnchangedFiles.TryLink(OutputPaths.Resolve(_published, sitePath), target, content))
        {
            WriteNew(target, content);
        }
    }

    /// <summary>The bytes staged at a site path, to quote a page back in a diagnostic.</summary>
    public byte[] Read(string sitePath) => File.ReadAllBytes(OutputPaths.Resolve(Root, sitePath));

    /// <summary>Marks the staged site as a briefing build and swaps it in atomically.</summary>
    public void Commit()
    {
        File.WriteAllText(Path.Combine(Root, AtomicSiteWriter.MarkerFile), AtomicSiteWriter.MarkerText);
        AtomicSiteWriter.Swap(Root, _output, _previous);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            AtomicSiteWriter.DeleteIfExists(Root);
        }
    }

    // One open, one write, one close (NewFile): no FileStream buffering for bytes that are already in memory, no
    // preallocation (a fallocate call per file that a single write of the whole file makes pointless), and no lock: a
    // new file in a staging folder of this process's own, created exclusively, is nobody else's to lock.
    private static void WriteNew(string path, ReadOnlySpan<byte> content) => NewFile.Write(path, content);
}
