using System.Buffers;
using Briefing.Core.Content;
using Briefing.Core.Diagnostics;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Build;

/// <summary>
/// The load phase: reads every file under <c>input/</c> in parallel, decodes it, splits its
/// front matter and parses that into typed records, each by the first registered kind whose path pattern matches. Problems become diagnostics, never exceptions.
/// With an <see cref="IncrementalCache"/>, unchanged files are neither read nor parsed again.
/// </summary>
public sealed class ContentLoader(string inputDirectory, string displayRoot, IReadOnlyList<IContentKind> kinds, IncrementalCache? cache = null, ParallelOptions? parallel = null)
{
    public LoadedContent Load(DiagnosticBag diagnostics)
    {
        var paths = cache is null ? Scan() : cache.Listing(_root, Scan, relative => !IsHidden(relative));
        if (paths.Length == 0)
        {
            diagnostics.Error(Display(""), 0, 0, "the input folder is missing or empty");
        }

        // Reading, decoding and parsing front matter are independent per file: done in parallel,
        // then gathered in path order so that the result never depends on thread timing.
        var parsed = new (IContentKind? Kind, object? Source)[paths.Length];
        Parallel.For(0, paths.Length, parallel ?? new ParallelOptions(), i => parsed[i] = Load(paths[i], diagnostics));

        SiteConfig? site = null;
        var sources = kinds.ToDictionary(k => k, _ => new List<object>());
        foreach (var (kind, source) in parsed)
        {
            if (source is SiteConfig config)
            {
                site = config;
            }
            else if (kind is not null && source is not null)
            {
                sources[kind].Add(source);
            }
        }
        var siteSeen = paths.Contains(InputPaths.SiteFile, StringComparer.Ordinal);
        if (!siteSeen && paths.Length > 0)
        {
            diagnostics.Error(Display(InputPaths.SiteFile), 0, 0, "site.yml is missing: it names the publication, its URL, language and author");
        }
        return new LoadedContent(site, sources.ToDictionary(x => x.Key, x => (IReadOnlyList<object>)x.Value));
    }

    private readonly string _root = Path.GetFullPath(inputDirectory);

    private readonly BodyStore _bodies = new();

    private string[] Scan() =>
        Directory.Exists(inputDirectory)
            ? Directory.EnumerateFiles(inputDirectory, "*", SearchOption.AllDirectories)
                .Select(p => InputPaths.Relative(inputDirectory, p))
                .Where(p => !IsHidden(p))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];

    /// <summary>One file, from the cache when it was loaded last build and no change was reported for it.</summary>
    private (IContentKind? Kind, object? Source) Load(string relative, DiagnosticBag diagnostics)
    {
        if (cache is null)
        {
            return ReadAndParse(relative, diagnostics);
        }
        var full = Path.Combine(_root, relative);
        if (cache.Loaded(full) is not { } loaded)
        {
            var own = new DiagnosticBag();
            var (kind, source) = ReadAndParse(relative, own);
            loaded = new LoadedFile(kind, source, own.Sorted());
            cache.StoreLoaded(full, loaded);
        }
        diagnostics.AddRange(loaded.Diagnostics);
        return (loaded.Kind, loaded.Source);
    }

    /// <summary>One file read and parsed again, whatever the cache holds for it, and kept in the cache (a patch's load phase).</summary>
    internal LoadedFile Reload(string relative)
    {
        var own = new DiagnosticBag();
        var (kind, source) = ReadAndParse(relative, own);
        var loaded = new LoadedFile(kind, source, own.Sorted());
        cache?.StoreLoaded(Path.Combine(_root, relative), loaded);
        return loaded;
    }

    /// <summary>One file as what it is: <c>site.yml</c>, or the source of the first kind whose path pattern matches; null source for a problem (reported).</summary>
    private (IContentKind? Kind, object? Source) ReadAndParse(string relative, DiagnosticBag diagnostics)
    {
        if (Read(relative, diagnostics) is not { } file)
        {
            return (null, null);
        }
        if (relative == InputPaths.SiteFile)
        {
            return (null, Cached(file, SiteConfig.Load, diagnostics));
        }
        foreach (var kind in kinds)
        {
            if (kind.Path.Match(relative) is not { Success: true } match)
            {
                continue;
            }
            if (match.Groups["slug"] is { Success: true } slug && !FrontMatterRules.CheckSlug(file, slug.Value, kind.SlugName, diagnostics))
            {
                return (kind, null);
            }
            return (kind, Cached(file, (f, bag) => kind.Parse(f, match, bag), diagnostics));
        }
        ReportStray(file, relative, diagnostics);
        return (null, null);
    }

    /// <summary>Far above any briefing (the longest source document is 60 kB) and bounds the memory one file can take.</summary>
    public const long MaxFileBytes = 32_000_000;

    private SourceFile? Read(string relative, DiagnosticBag diagnostics)
    {
        var display = Display(relative);
        var full = Path.GetFullPath(Path.Combine(inputDirectory, relative));
        // With a cache, the size is checked before the cache is asked (an unchanged file is never opened); without
        // one, the file is opened once and its size read from the open handle, which saves a stat per file.
        var length = cache is null ? 0 : new FileInfo(full).Length;
        var stamp = cache is null ? default : SourceStamp.Of(full);
        if (length <= MaxFileBytes && cache?.CachedSource(full, stamp) is { } cached)
        {
            return cached;
        }
        var count = 0;
        var bytes = length > MaxFileBytes ? null : ReadAtMost(full, MaxFileBytes, out length, out count);
        if (bytes is null)
        {
            diagnostics.Error(display, 1, 1, $"the file is {length / 1_000_000} MB; content files may be at most {MaxFileBytes / 1_000_000} MB (split it, or move data out of it)");
            return null;
        }
        string? text;
        int badLine;
        try
        {
            // Without a cache, a Markdown file's body need never be a string until it is rendered.
            if (cache is null && relative.EndsWith(".md", StringComparison.Ordinal) && Utf8SourceFile.TrySplit(display, bytes.AsSpan(0, count), _bodies) is { } split)
            {
                return split;
            }
            text = SourceText.Decode(bytes.AsSpan(0, count), out badLine);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
        if (text is null)
        {
            diagnostics.Error(display, badLine, 1, "the file is not valid UTF-8; save it as UTF-8");
            return null;
        }
        // A file with unsafe characters is never cached, so that every build reports them again.
        if (HasUnsafeCharacters(display, text, diagnostics))
        {
            return null;
        }
        var file = new SourceFile(display, text) { Bodies = cache is null ? _bodies : null };
        cache?.StoreSource(full, stamp, file);
        return file;
    }

    /// <summary>
    /// The whole file in a buffer rented from the shared pool (its first <paramref name="count"/> bytes; the caller returns
    /// it), or null when it is longer than <paramref name="max"/> bytes (<paramref name="length"/> says how long). Rented,
    /// since the bytes live only until they are decoded: a new array per file was a tenth of a large build's load allocations.
    /// </summary>
    private static byte[]? ReadAtMost(string path, long max, out long length, out int count)
    {
        using var handle = File.OpenHandle(path);
        length = RandomAccess.GetLength(handle);
        count = 0;
        if (length > max)
        {
            return null;
        }
        var bytes = ArrayPool<byte>.Shared.Rent((int)length);
        // A file that shrank while it was read is taken as what was read, as File.ReadAllBytes would not; it is rare
        // enough (an editor saving mid-build) that the next build reads it whole.
        while (count < length && RandomAccess.Read(handle, bytes.AsSpan(count, (int)length - count), count) is var n and > 0)
        {
            count += n;
        }
        return bytes;
    }

    // Reported per file and capped: a binary file saved as .md would otherwise print thousands of lines.
    private static bool HasUnsafeCharacters(string display, string text, DiagnosticBag diagnostics)
    {
        const int Cap = 10;
        if (!UnsafeCharacters.Any(text))
        {
            return false;
        }
        var found = UnsafeCharacters.Find(text).Take(Cap + 1).ToList();
        foreach (var (line, column, character) in found.Take(Cap))
        {
            diagnostics.Error(display, line, column, $"the invisible character {UnsafeCharacters.Describe(character)} is not allowed in content; delete it");
        }
        if (found.Count > Cap)
        {
            diagnostics.Error(display, found[Cap].Line, found[Cap].Column, "more invisible characters follow; the file may not be text");
        }
        return found.Count > 0;
    }

    /// <summary>What <paramref name="parse"/> makes of a file, from the cache when this text was parsed last build.</summary>
    private T? Cached<T>(SourceFile file, Func<SourceFile, DiagnosticBag, T?> parse, DiagnosticBag diagnostics)
        where T : class =>
        cache is null ? parse(file, diagnostics) : cache.Parse(file, parse, diagnostics);

    private void ReportStray(SourceFile file, string relative, DiagnosticBag diagnostics)
    {
        if (relative.EndsWith(".md", StringComparison.Ordinal))
        {
            var places = string.Join(", ", kinds.Select(k => k.Files.Replace("input/", "", StringComparison.Ordinal)));
            diagnostics.Warning(file.DisplayPath, 1, 1, $"this file is not part of the site: content goes in {places}");
        }
    }

    // Editors leave swap and lock files beside what they edit; they are never content.
    private static bool IsHidden(string relative) =>
        relative.Split('/').Any(part => part.StartsWith('.') || part.EndsWith('~'));

    private string Display(string relative) =>
        InputPaths.Relative(displayRoot, Path.Combine(inputDirectory, relative)).TrimEnd('/');
}
