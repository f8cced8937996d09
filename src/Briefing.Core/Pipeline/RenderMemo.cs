using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Briefing.Core.Rendering;
using Briefing.Core.Templates;

namespace Briefing.Core.Pipeline;

/// <summary>
/// Skips re-rendering a page whose template and view model are what they were last build.
/// A page's bytes are a function of the compiled theme (kept as the same <see cref="TemplateSet"/>
/// instance while unchanged), the template's name and the view model's public data; the model is
/// fingerprinted by serialising it (its runtime type, through <see cref="ViewModelJson"/>) and hashing the result.
/// A model that cannot be serialised is simply rendered. The reused <see cref="OutputFile"/> is the
/// same instance as before, so later phases can recognise unchanged pages by reference.
/// </summary>
public sealed class RenderMemo
{
    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private int _renders;
    private int _reuses;
    private bool _touched;

    /// <summary>Pages rendered (not reused) since the memo was made.</summary>
    public int Renders => _renders;

    /// <summary>Pages reused unchanged since the memo was made.</summary>
    public int Reuses => _reuses;

    internal OutputFile Page(TemplateSet templates, string template, string path, object model, Func<OutputFile> render)
    {
        _touched = true;
        var fingerprint = Fingerprint(template, model);
        if (fingerprint is not null && _pages.TryGetValue(path, out var entry)
            && ReferenceEquals(entry.Templates, templates) && entry.Fingerprint.AsSpan().SequenceEqual(fingerprint))
        {
            Interlocked.Increment(ref _reuses);
            entry.Used = true;
            return entry.File;
        }
        Interlocked.Increment(ref _renders);
        var file = render();
        if (fingerprint is not null)
        {
            _pages[path] = new Entry(templates, fingerprint, file) { Used = true };
        }
        return file;
    }

    /// <summary>Forgets pages the last build did not produce (if it rendered at all), and starts counting use afresh.</summary>
    internal void Sweep()
    {
        if (!_touched)
        {
            return; // the build stopped before rendering: keep everything for the next one
        }
        _touched = false;
        foreach (var (path, entry) in _pages)
        {
            if (!entry.Used)
            {
                _pages.TryRemove(path, out _);
            }
            entry.Used = false;
        }
    }

    private static byte[]? Fingerprint(string template, object model)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(template + "\0" + model.GetType().FullName + "\0"));
            var contract = ViewModelJson.Default.GetTypeInfo(model.GetType()) ?? throw new NotSupportedException(model.GetType().Name);
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(model, contract));
            return hash.GetHashAndReset();
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private sealed class Entry(TemplateSet templates, byte[] fingerprint, OutputFile file)
    {
        public TemplateSet Templates { get; } = templates;

        public byte[] Fingerprint { get; } = fingerprint;

        public OutputFile File { get; } = file;

        public bool Used { get; set; }
    }
}
