using System.Collections.Concurrent;
using Briefing.Core.Diagnostics;
using Briefing.Core.Links;
using Briefing.Core.Output;
using Briefing.Core.Site;
using Briefing.Core.Templates;

namespace Briefing.Core.Build;

/// <summary>
/// A successful build as a patch starts from: its options, model, theme and base URL, its files (those of the render
/// jobs first, <see cref="JobFiles"/> of them, then those made after every job, also kept by generator in
/// <see cref="AfterFiles"/>), each page's links and the diagnostics.
/// </summary>
internal sealed record BuiltSite(
    BuildOptions Options,
    SiteModel Site,
    TemplateSet Templates,
    string BaseUrl,
    IReadOnlyList<OutputFile> Files,
    int JobFiles,
    IReadOnlyList<IReadOnlyList<OutputFile>> AfterFiles,
    ConcurrentDictionary<string, PageLinks> Pages,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    private Dictionary<string, int>? _indexOfPath;

    /// <summary>
    /// Where each job's file is in <see cref="Files"/>; a patch keeps every path, so it keeps this too. Made when a
    /// patch first asks: a rebuild after a front-matter edit, which patches nothing, need not index 17,000 paths.
    /// </summary>
    public Dictionary<string, int> IndexOfPath
    {
        get => _indexOfPath ??= Index(Files, JobFiles);
        init => _indexOfPath = value;
    }

    private static Dictionary<string, int> Index(IReadOnlyList<OutputFile> files, int count)
    {
        var index = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            index.TryAdd(files[i].Path, i);
        }
        return index;
    }
}
