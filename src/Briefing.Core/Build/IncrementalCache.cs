using System.Collections.Concurrent;
using Briefing.Core.Content;
using Briefing.Core.Diagnostics;
using Briefing.Core.Links;
using Briefing.Core.Markdown;
using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Build;

/// <summary>
/// What one build can hand to the next, so that a one-file edit re-reads, re-parses and re-renders
/// the Markdown of that one file only (what <c>serve</c> rebuilds with):
/// <list type="bullet">
/// <item>file text, by path, valid while the file's length and last-write time are unchanged;</item>
/// <item>parsed documents (front matter and the diagnostics parsing reported), by path, kind and text;</item>
/// <item>rendered Markdown, by body text and numbering mode;</item>
/// <item>rendered files, by output path, with what their job read (<see cref="RenderJob.Reads"/>) and the links
/// found in them: a job whose reads equal the last build's, under the same theme, configuration and menu, is not run.</item>
/// </list>
/// Every entry depends only on its key, so a cached build is byte-identical to a fresh one.
/// One eviction rule: an entry the last build did not use is dropped when it ends, so the cache holds one site,
/// not its history (a build that stopped before rendering keeps the rendered files, since it could not use them).
/// One build at a time: <see cref="SitePipeline"/> calls <see cref="BeginBuild"/> and <see cref="EndBuild"/>.
/// </summary>
public sealed class IncrementalCache : IMarkdownMemo, IRenderMemo
{
    private readonly ConcurrentDictionary<string, Entry<SourceStamp, SourceFile>> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Path, Type Kind), Entry<string, ParsedDocument>> _documents = new();
    private readonly ConcurrentDictionary<(string Body, bool Numbered), Entry<bool, RenderedMarkdown>> _markdown = new();
    private readonly ConcurrentDictionary<DocumentKey, Entry<bool, RenderedMarkdown>> _markdownByDocument = new();
    private readonly ConcurrentDictionary<string, Entry<bool, LoadedFile>> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private string[]? _listing;
    private readonly ConcurrentDictionary<string, Entry<IReadOnlyList<object>, Output>> _outputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _readers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LoadedFile> _replaced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, Entry<PartInputs, ModelPartMade>> _parts = new();
    private readonly ConcurrentDictionary<string, Entry<IReadOnlyList<object>, object>> _values = new(StringComparer.Ordinal);
    private readonly ThemeMemo _theme = new();
    private object[] _globals = [];
    private bool _rendered;
    private int _renders;
    private int _reuses;
    private int _generation;
    private int _parses;
    private int _markdownRenders;

    /// <summary>How many front-matter parses actually ran (not served from the cache), since the cache was made.</summary>
    public int Parses => _parses;

    /// <summary>How many Markdown bodies were actually rendered (not served from the cache), since the cache was made.</summary>
    public int MarkdownRenders => _markdownRenders;

    /// <summary>How many times the theme was compiled, since the cache was made.</summary>
    public int ThemeLoads => _theme.Loads;

    internal ThemeMemo Theme => _theme;

    /// <summary>What the last link check found, so a rebuild judges only the links that may have changed.</summary>
    internal LinkCheckState Links { get; } = new();

    /// <summary>HTML pages rendered (not reused) since the cache was made.</summary>
    public int Renders => _renders;

    /// <summary>HTML pages reused unchanged since the cache was made.</summary>
    public int Reuses => _reuses;

    /// <summary>How many entries the cache holds (texts, documents, Markdown, files, values): one site's worth, however long <c>serve</c> runs.</summary>
    public int Entries => _sources.Count + _documents.Count + _markdown.Count + _markdownByDocument.Count + _loaded.Count + _outputs.Count + _values.Count + _parts.Count;

    /// <summary>Rebuilds made by patching the last build (text edits only) rather than building again, since the cache was made.</summary>
    public int Patches { get; private set; }

    /// <summary>
    /// True when whoever drives the rebuilds reports every change through <see cref="Invalidate"/> (as <c>serve</c>'s
    /// watcher does): a rebuild then lists and reads again only the files reported, not every file of <c>input/</c>.
    /// </summary>
    public bool TrustChanges { get; set; }

    /// <summary>Forgets these files (full paths): their text, what was loaded from them, and their place in the listing.</summary>
    public void Invalidate(IEnumerable<string> fullPaths)
    {
        lock (_changed)
        {
            foreach (var path in fullPaths.Select(Path.GetFullPath))
            {
                _sources.TryRemove(path, out _);
                if (_loaded.TryRemove(path, out var was))
                {
                    _replaced.TryAdd(path, was.Value);
                }
                _changed.Add(path);
            }
        }
    }

    /// <summary>Forgets every file read, for when changes may have been missed (a watcher's buffer overflowed).</summary>
    public void InvalidateAll()
    {
        lock (_changed)
        {
            _sources.Clear();
            _loaded.Clear();
            _listing = null;
            _changed.Clear();
            _replaced.Clear();
            Last = null;
        }
    }

    /// <summary>
    /// The relative paths of the content files under <paramref name="root"/> (a full path), sorted: last build's list
    /// with the reported changes applied when <see cref="TrustChanges"/> holds, else <paramref name="scan"/>'s.
    /// A change to a folder (renamed, deleted) rescans.
    /// </summary>
    internal string[] Listing(string root, Func<string[]> scan, Func<string, bool> isContent)
    {
        lock (_changed)
        {
            if (!TrustChanges || _listing is null || _changed.Any(Directory.Exists))
            {
                _changed.Clear();
                return _listing = scan();
            }
            // Kept sorted by binary search: copying 17,000 paths into a sorted set on every save cost more than the save.
            var listing = new List<string>(_listing);
            foreach (var full in _changed)
            {
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                if (relative.StartsWith("..", StringComparison.Ordinal) || !isContent(relative))
                {
                    continue;
                }
                var under = ~listing.BinarySearch(relative + "/", StringComparer.Ordinal);
                if (under >= 0 && under < listing.Count && listing[under].StartsWith(relative + "/", StringComparison.Ordinal))
                {
                    _changed.Clear();
                    return _listing = scan();
                }
                var at = listing.BinarySearch(relative, StringComparer.Ordinal);
                if (File.Exists(full) && at < 0)
                {
                    listing.Insert(~at, relative);
                }
                else if (!File.Exists(full) && at >= 0)
                {
                    listing.RemoveAt(at);
                }
            }
            _changed.Clear();
            return _listing = [.. listing];
        }
    }

    /// <summary>What was loaded from a file last build (and the diagnostics it gave), when changes are trusted and none was reported for it.</summary>
    internal LoadedFile? Loaded(string fullPath) =>
        TrustChanges && _loaded.TryGetValue(fullPath, out var entry) ? Touch(entry).Value : null;

    internal void StoreLoaded(string fullPath, LoadedFile loaded) =>
        _loaded[fullPath] = new Entry<bool, LoadedFile>(true, loaded, _generation);

    /// <summary>Compiles the theme again on the next build, whatever its files' stamps say.</summary>
    public void InvalidateTheme() => _theme.Invalidate();

    internal void BeginBuild() => Interlocked.Increment(ref _generation);

    /// <summary>The last build, when it succeeded: what a save that edits only bodies patches (see <see cref="SitePipeline"/>).</summary>
    internal BuiltSite? Last { get; set; }

    /// <summary>
    /// The files reported changed since the last build, when each is a content file that build listed and that still
    /// exists, with what that build had loaded from it; null when any change is something else (a new, deleted or renamed
    /// file, a folder, a theme file), which a patch cannot handle.
    /// </summary>
    internal IReadOnlyList<(string FullPath, string Relative, LoadedFile Before)>? ChangedFiles(string root)
    {
        lock (_changed)
        {
            if (!TrustChanges || _listing is null || _changed.Count == 0)
            {
                return null;
            }
            var changed = new List<(string, string, LoadedFile)>(_changed.Count);
            foreach (var full in _changed)
            {
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                if (!_replaced.TryGetValue(full, out var before) || Array.BinarySearch(_listing, relative, StringComparer.Ordinal) < 0 || !File.Exists(full))
                {
                    return null;
                }
                changed.Add((full, relative, before));
            }
            return changed;
        }
    }

    /// <summary>The changes reported are dealt with by a patch: the listing stands, and nothing is pending.</summary>
    internal void ChangesPatched()
    {
        Patches++;
        lock (_changed)
        {
            _changed.Clear();
            _replaced.Clear();
        }
    }

    /// <summary>The jobs of the last build whose reads include one of <paramref name="documents"/> (a document of the same path).</summary>
    internal List<RenderJob> JobsReading(IEnumerable<IContentDocument> documents)
    {
        // Found through the index of who read which document (by path), not by going through millions of reads.
        lock (_readers)
        {
            return [.. documents
                .SelectMany(document => _readers.GetValueOrDefault(document.File.DisplayPath) ?? [])
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(KeptJob)];
        }
    }

    /// <summary>
    /// Drops what a patch made obsolete, as the sweep at the end of a whole build would: the files no longer made (the
    /// last search index's pieces) and the rendered Markdown of the bodies replaced. Without it a session of text edits
    /// would keep every version of what it edited.
    /// </summary>
    internal void ForgetPatched(IEnumerable<string> outputs, IEnumerable<IContentDocument> documents)
    {
        foreach (var path in outputs)
        {
            RemoveOutput(path);
        }
        foreach (var document in documents)
        {
            var body = document.Body;
            _markdown.TryRemove((body, false), out _);
            _markdown.TryRemove((body, true), out _);
            _markdownByDocument.TryRemove(new DocumentKey(document, false), out _);
            _markdownByDocument.TryRemove(new DocumentKey(document, true), out _);
        }
    }

    internal void EndBuild()
    {
        Sweep(_sources);
        Sweep(_documents);
        Sweep(_markdown);
        Sweep(_markdownByDocument);
        Sweep(_loaded);
        Sweep(_parts);
        lock (_changed)
        {
            _replaced.Clear();
        }
        if (_rendered)
        {
            foreach (var (path, entry) in _outputs)
            {
                if (entry.Generation != _generation)
                {
                    RemoveOutput(path);
                }
            }
            Sweep(_values);
            _rendered = false;
        }
    }

    /// <summary>
    /// Starts the render phase: the theme, configuration, menu and base URL every page reads. When any of them
    /// differs from the last build's, no rendered file is reused.
    /// </summary>
    internal void BeginRender(params object[] globals)
    {
        _rendered = true;
        if (!globals.SequenceEqual(_globals))
        {
            _outputs.Clear();
            lock (_readers)
            {
                _readers.Clear();
            }
            _values.Clear();
            _globals = globals;
        }
    }

    /// <summary>A shared value (see <see cref="RenderContext.Remember"/>): last build's when made from equal reads.</summary>
    public T Remember<T>(string key, IReadOnlyList<object> reads, Func<T> make)
        where T : class
    {
        if (_values.TryGetValue(key, out var entry) && entry.Value is T value && RenderJob.SameReads(entry.Key, reads))
        {
            Touch(entry);
            return value;
        }
        var made = make();
        _values[key] = new Entry<IReadOnlyList<object>, object>(reads, made, _generation);
        return made;
    }

    /// <summary>
    /// A shared value brought up to date (see <see cref="RenderContext.RememberUpdated"/>): last build's when made from
    /// equal reads, else <paramref name="update"/>'s, given last build's value. An update that throws stores nothing:
    /// the build did not use the old value, which is dropped when it ends, as any other.
    /// </summary>
    public T RememberUpdated<T>(string key, IReadOnlyList<object> reads, Func<T?, T> update)
        where T : class
    {
        var last = _values.TryGetValue(key, out var entry) ? entry : null;
        if (last is { Value: T value } && RenderJob.SameReads(last.Key, reads))
        {
            Touch(last);
            return value;
        }
        var made = update(last?.Value as T);
        _values[key] = new Entry<IReadOnlyList<object>, object>(reads, made, _generation);
        return made;
    }

    /// <summary>The file <paramref name="job"/> makes: the last build's when it read the same, else a new one (with its links scanned).</summary>
    internal RenderedFile Render(RenderJob job, Func<OutputFile, RenderedFile> make)
    {
        var page = job.Path.EndsWith(".html", StringComparison.Ordinal);
        if (_outputs.TryGetValue(job.Path, out var entry) && job.ReadsSameAs(entry.Key))
        {
            if (page)
            {
                Interlocked.Increment(ref _reuses);
            }
            // Reads that are equal but other objects replace the last's: a patch finds the objects it replaces by
            // reference, in this model. Reads that are the very same objects leave the entry alone, job included (a
            // rerun takes everything else from the context it is given): writing this build's 17,000 jobs into entries
            // that had long moved to the old generation made every collection during a rebuild trace and promote them.
            // Changed in place: one path's entry is only ever touched by the job for that path.
            if (!SameObjects.Identical(entry.Key, job.Reads))
            {
                entry.Key = job.Reads;
                entry.Value.Rerun = job.Rerun;
            }
            Touch(entry);
            return entry.Value.File;
        }
        if (page)
        {
            Interlocked.Increment(ref _renders);
        }
        var rendered = make(job.Run());
        var (documents, gone, added) = entry is null ? FilesRead(job.Reads) : FilesRead(entry.Key, entry.Value.Documents, job.Reads);
        _outputs[job.Path] = new Entry<IReadOnlyList<object>, Output>(job.Reads, new Output(rendered, job.Rerun, documents), _generation);
        Index(job.Path, gone, added);
        return rendered;
    }

    /// <summary>
    /// A feature's part of the model (and the problems it reported): last build's when made from the very same sources
    /// (the cache hands unchanged files' sources back as the same objects), the very same earlier parts, an equal
    /// configuration and the same problems reported before it. A one-event edit then builds the events' part and those after it, not the briefings'.
    /// </summary>
    internal ModelPartMade ModelPart(ISiteFeature feature, PartInputs inputs, Func<ISitePart?, ModelPartMade> make)
    {
        var found = _parts.TryGetValue(feature.GetType(), out var entry);
        if (found && entry!.Key.SameAs(inputs))
        {
            return Touch(entry).Value;
        }
        // Made again from other inputs, it may still reuse what in last build's part came from unchanged sources.
        var made = make(found ? entry!.Value.Part : null);
        _parts[feature.GetType()] = new Entry<PartInputs, ModelPartMade>(inputs, made, _generation);
        return made;
    }

    /// <summary>The file's text from the cache when its stamp is unchanged; otherwise null and the caller reads it.</summary>
    internal SourceFile? CachedSource(string fullPath, SourceStamp stamp) =>
        _sources.TryGetValue(fullPath, out var entry) && entry.Key == stamp ? Touch(entry).Value : null;

    internal void StoreSource(string fullPath, SourceStamp stamp, SourceFile file) =>
        _sources[fullPath] = new Entry<SourceStamp, SourceFile>(stamp, file, _generation);

    /// <summary>
    /// What <paramref name="parse"/> makes of a file (a parsed document, an event…), unless this exact
    /// text of this file was parsed into a <typeparamref name="TResult"/> last time; its diagnostics are replayed either way.
    /// </summary>
    internal TResult? Parse<TResult>(SourceFile file, Func<SourceFile, DiagnosticBag, TResult?> parse, DiagnosticBag diagnostics)
        where TResult : class
    {
        var key = (file.DisplayPath, typeof(TResult));
        if (!_documents.TryGetValue(key, out var entry) || !string.Equals(entry.Key, file.Text, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _parses);
            var own = new DiagnosticBag();
            var result = parse(file, own);
            entry = new Entry<string, ParsedDocument>(file.Text, new ParsedDocument(result, own.Sorted()), _generation);
            _documents[key] = entry;
        }
        diagnostics.AddRange(Touch(entry).Value.Diagnostics);
        return (TResult?)entry.Value.Document;
    }

    public RenderedMarkdown Markdown(string body, bool numbered, Func<string, bool, RenderedMarkdown> render)
    {
        var key = (body, numbered);
        if (_markdown.TryGetValue(key, out var entry))
        {
            return Touch(entry).Value;
        }
        Interlocked.Increment(ref _markdownRenders);
        var rendered = render(body, numbered);
        _markdown[key] = new Entry<bool, RenderedMarkdown>(true, rendered, _generation);
        return rendered;
    }

    public RenderedMarkdown Markdown(IContentDocument document, bool numbered, Func<string, bool, RenderedMarkdown> render)
    {
        var key = new DocumentKey(document, numbered);
        if (_markdownByDocument.TryGetValue(key, out var entry))
        {
            return Touch(entry).Value;
        }
        var rendered = Markdown(document.Body, numbered, render);
        _markdownByDocument[key] = new Entry<bool, RenderedMarkdown>(true, rendered, _generation);
        return rendered;
    }

    // A job read for the first time: every document it read is new to the readers' index.
    private static (string[] Documents, string[] Gone, string[] Added) FilesRead(IReadOnlyList<object> reads)
    {
        var documents = DocumentsRead(reads);
        return (documents, [], documents);
    }

    /// <summary>
    /// The paths of the documents <paramref name="reads"/> names, and which of them it no longer or newly names
    /// compared with last build's reads, as sets: the order does not count. Reads that are the same object, or
    /// documents of the same file, at the same place in both lists are passed over by reference from either end;
    /// only the stretch between is looked at. A date edit moves one event among its neighbours in the search index's
    /// reads (and renames its file): comparing the lists place by place, then re-indexing 10,000 paths cost 40 ms a
    /// save, where the stretch is a few documents.
    /// </summary>
    private static (string[] Documents, string[] Gone, string[] Added) FilesRead(IReadOnlyList<object> lastReads, string[] lastDocuments, IReadOnlyList<object> reads)
    {
        var start = 0;
        while (start < lastReads.Count && start < reads.Count && SameFileRead(lastReads[start], reads[start]))
        {
            start++;
        }
        var (lastEnd, end) = (lastReads.Count, reads.Count);
        while (lastEnd > start && end > start && SameFileRead(lastReads[lastEnd - 1], reads[end - 1]))
        {
            (lastEnd, end) = (lastEnd - 1, end - 1);
        }
        if (start == lastEnd && start == end)
        {
            return (lastDocuments, [], []);
        }
        var stretch = DocumentsRead(reads, start, end);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in DocumentsRead(lastReads, start, lastEnd))
        {
            counts[path] = counts.GetValueOrDefault(path) + 1;
        }
        foreach (var path in stretch)
        {
            counts[path] = counts.GetValueOrDefault(path) - 1;
        }
        // When every read is a document, last build's paths line up with its reads: this build's are theirs with the
        // stretch replaced, in order, so that the next build can line them up with its reads again.
        var documents = lastDocuments.Length == lastReads.Count && stretch.Length == end - start
            ? [.. lastDocuments.AsSpan(0, start), .. stretch, .. lastDocuments.AsSpan(lastEnd)]
            : DocumentsRead(reads);
        if (counts.Values.All(count => count == 0))
        {
            // The same files in another order: nothing to index.
            return (documents, [], []);
        }
        // A path that left the stretch may still be read elsewhere in the list (read twice): it stays indexed.
        var gone = counts.Where(c => c.Value > 0 && Array.IndexOf(documents, c.Key) < 0).Select(c => c.Key).ToArray();
        var added = counts.Where(c => c.Value < 0).Select(c => c.Key).ToArray();
        return (documents, gone, added);
    }

    // The same object, or both documents of the same file (a text edit), or neither a document.
    private static bool SameFileRead(object before, object after) => ReferenceEquals(before, after) || SameFile(before, after);

    private static bool SameFile(object before, object after) => (before, after) switch
    {
        (IContentDocument one, IContentDocument other) => one.File.DisplayPath == other.File.DisplayPath,
        (IContentDocument, _) or (_, IContentDocument) => false,
        _ => true,
    };

    // The paths of the whole documents among a job's reads (front-matter heads and other values are not documents).
    private static string[] DocumentsRead(IReadOnlyList<object> reads) => DocumentsRead(reads, 0, reads.Count);

    private static string[] DocumentsRead(IReadOnlyList<object> reads, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += reads[i] is IContentDocument ? 1 : 0;
        }
        // Not made distinct: a path read twice indexes the same reader twice, which the readers' sets absorb, and
        // making 10,000 paths distinct on every save of the search index cost several milliseconds.
        var paths = count == 0 ? [] : new string[count];
        for (int i = start, n = 0; n < count; i++)
        {
            if (reads[i] is IContentDocument document)
            {
                paths[n++] = document.File.DisplayPath;
            }
        }
        return paths;
    }

    // Who reads which document: the output no longer reads the documents gone, and now reads those added.
    private void Index(string output, string[] gone, string[] added)
    {
        if (gone.Length == 0 && added.Length == 0)
        {
            return;
        }
        lock (_readers)
        {
            foreach (var document in gone)
            {
                if (_readers.TryGetValue(document, out var readers) && readers.Remove(output) && readers.Count == 0)
                {
                    _readers.Remove(document);
                }
            }
            foreach (var document in added)
            {
                (_readers.TryGetValue(document, out var readers) ? readers : _readers[document] = new(StringComparer.Ordinal)).Add(output);
            }
        }
    }

    private void RemoveOutput(string path)
    {
        if (_outputs.TryRemove(path, out var entry))
        {
            Index(path, entry.Value.Documents, []);
        }
    }

    private Entry<TKey, TValue> Touch<TKey, TValue>(Entry<TKey, TValue> entry)
    {
        entry.Generation = _generation;
        return entry;
    }

    private void Sweep<TCacheKey, TKey, TValue>(ConcurrentDictionary<TCacheKey, Entry<TKey, TValue>> entries)
        where TCacheKey : notnull
    {
        foreach (var (key, entry) in entries)
        {
            if (entry.Generation != _generation)
            {
                entries.TryRemove(key, out _);
            }
        }
    }

    private sealed class Entry<TKey, TValue>(TKey key, TValue value, int generation)
    {
        public TKey Key { get; set; } = key;

        public TValue Value { get; } = value;

        public int Generation { get; set; } = generation;
    }

    private sealed record ParsedDocument(object? Document, IReadOnlyList<Diagnostic> Diagnostics);

    private RenderJob KeptJob(string path)
    {
        var entry = _outputs[path];
        return new RenderJob(path, entry.Key, KeptJobsAreRerun) { Rerun = entry.Value.Rerun };
    }

    // A kept job is only ever re-run against a patched model; its own Run held the model it was made from, which a
    // session of saves would otherwise keep alive, one model for each build that last rendered some file.
    private static OutputFile KeptJobsAreRerun() => throw new InvalidOperationException("a kept job is run again through its Rerun");

    /// <summary>A rendered file, how to make it again against a patched model, and the paths of the documents its job read whole.</summary>
    private sealed class Output(RenderedFile file, Func<RenderContext, OutputFile>? rerun, string[] documents)
    {
        public RenderedFile File { get; } = file;

        /// <summary>The <see cref="RenderJob.Rerun"/> of the job that last rendered or used this file (see <see cref="Render"/>).</summary>
        public Func<RenderContext, OutputFile>? Rerun { get; set; } = rerun;

        public string[] Documents { get; } = documents;
    }
}

/// <summary>What says a file may have changed without reading it: its length and last-write time.</summary>
internal readonly record struct SourceStamp(long Length, long LastWriteTicks)
{
    public static SourceStamp Of(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return new SourceStamp(info.Length, info.LastWriteTimeUtc.Ticks);
    }
}

/// <summary>What a feature's part of the model was made from: equal when the configuration and the problems reported before are equal and the sources and earlier parts are the same objects.</summary>
internal sealed record PartInputs(SiteConfig Config, IReadOnlyList<object> Sources, IReadOnlyList<ISitePart> Earlier, IReadOnlyList<Diagnostic> Prior)
{
    public bool SameAs(PartInputs other) =>
        Config.Equals(other.Config) && SameObjects.Identical(Sources, other.Sources) && SameObjects.Identical(Earlier, other.Earlier) && Prior.SequenceEqual(other.Prior);
}

/// <summary>A feature's part of the model (null for a feature without one) and the problems making it reported.</summary>
internal sealed record ModelPartMade(ISitePart? Part, IReadOnlyList<Diagnostic> Problems);

/// <summary>A document and a numbering mode, compared by the document's identity: hashing a document's value would hash its text.</summary>
internal readonly struct DocumentKey(object document, bool numbered) : IEquatable<DocumentKey>
{
    public bool Equals(DocumentKey other) => ReferenceEquals(document, other.Document) && numbered == other.Numbered;

    public override bool Equals(object? obj) => obj is DocumentKey other && Equals(other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(document) * 2 + (numbered ? 1 : 0);

    private object Document => document;

    private bool Numbered => numbered;
}

/// <summary>A rendered file and the links found in it (null for a file that is not an HTML page).</summary>
internal sealed record RenderedFile(OutputFile File, PageLinks? Links);

/// <summary>What the load phase made of one file: its kind (null for site.yml or a stray file), its source, and the diagnostics it gave.</summary>
internal sealed record LoadedFile(IContentKind? Kind, object? Source, IReadOnlyList<Diagnostic> Diagnostics);
