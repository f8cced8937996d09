using Briefing.Core.Diagnostics;
using Briefing.Core.Templates;

namespace Briefing.Core.Build;

/// <summary>
/// Keeps the compiled theme while none of its files changed (same paths, lengths and write times),
/// since compiling every template again costs more than the rest of a one-file rebuild.
/// Only a theme that loaded without a single diagnostic is kept, so problems are reported on every build.
/// </summary>
internal sealed class ThemeMemo
{
    private readonly Lock _lock = new();
    private string? _fingerprint;
    private TemplateSet? _templates;
    private int _loads;

    public int Loads => _loads;

    public void Invalidate()
    {
        lock (_lock)
        {
            _fingerprint = null;
            _templates = null;
        }
    }

    public TemplateSet? Load(string themeDirectory, string displayRoot, IReadOnlyCollection<string> required, DiagnosticBag diagnostics)
    {
        var fingerprint = Fingerprint(themeDirectory, displayRoot, required);
        lock (_lock)
        {
            if (fingerprint is not null && fingerprint == _fingerprint && _templates is not null)
            {
                return _templates;
            }
        }
        Interlocked.Increment(ref _loads);
        var own = new DiagnosticBag();
        var templates = TemplateSet.Load(themeDirectory, displayRoot, required, ViewModelJson.Default, own);
        diagnostics.AddRange(own.Sorted());
        lock (_lock)
        {
            var clean = own.Count == 0 && templates is not null && fingerprint is not null;
            _fingerprint = clean ? fingerprint : null;
            _templates = clean ? templates : null;
        }
        return templates;
    }

    private static string? Fingerprint(string themeDirectory, string displayRoot, IEnumerable<string> required)
    {
        if (!Directory.Exists(themeDirectory))
        {
            return null;
        }
        var files = new DirectoryInfo(themeDirectory)
            .EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => $"{f.FullName}\0{f.Length}\0{f.LastWriteTimeUtc.Ticks}")
            .Order(StringComparer.Ordinal);
        return string.Join('\n', [displayRoot, string.Join(',', required), .. files]);
    }
}
