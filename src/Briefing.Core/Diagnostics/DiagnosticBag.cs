using System.Collections.Concurrent;

namespace Briefing.Core.Diagnostics;

/// <summary>Collects diagnostics from every phase, from several threads at once.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            _items.Enqueue(d);
        }
    }

    public void Error(string file, int line, int column, string message, string? field = null) =>
        Add(Diagnostic.Error(file, line, column, message, field));

    public void Warning(string file, int line, int column, string message, string? field = null) =>
        Add(Diagnostic.Warning(file, line, column, message, field));

    public bool HasErrors => _items.Any(d => d.IsError);

    public int Count => _items.Count;

    /// <summary>The diagnostics added after the first <paramref name="count"/>, in the order they were added.</summary>
    public IReadOnlyList<Diagnostic> Since(int count) => _items.Skip(count).ToList();

    /// <summary>All diagnostics sorted by file, line and column, so the report never depends on thread timing.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => DiagnosticOrder.Sort(_items);
}
