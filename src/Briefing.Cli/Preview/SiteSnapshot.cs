using Briefing.Core.Diagnostics;
using Briefing.Core.Output;

namespace Briefing.Cli.Preview;

/// <summary>
/// One build as the server shows it: the files of the last good build, the diagnostics of the latest
/// build (errors mean it failed and the files are the previous good ones), and a stamp naming it.
/// Immutable: the server swaps whole snapshots, and a request reads one snapshot from start to end,
/// so no response ever mixes two builds.
/// </summary>
public sealed class SiteSnapshot
{
    // Made on the first request rather than with the snapshot: 17,000 paths at 10,000 events are milliseconds that would
    // otherwise sit between a save and its reload event, and the reload's request is the first to need them.
    private readonly Lazy<Dictionary<string, OutputFile>> _files;

    public SiteSnapshot(string stamp, IReadOnlyList<OutputFile> files, IReadOnlyList<Diagnostic> diagnostics, bool hasSite)
    {
        Stamp = stamp;
        Files = files;
        Diagnostics = diagnostics;
        HasSite = hasSite;
        _files = new Lazy<Dictionary<string, OutputFile>>(() => Index(files), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Names this build in pages, headers and reload events: <c>&lt;server instance&gt;-&lt;build number&gt;</c>.</summary>
    public string Stamp { get; }

    public IReadOnlyList<OutputFile> Files { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>False until a build has succeeded: then there is nothing to show under the error overlay.</summary>
    public bool HasSite { get; }

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public bool Failed => Diagnostics.Any(d => d.IsError);

    public OutputFile? Find(string path) => _files.Value.GetValueOrDefault(path);

    public bool Contains(string path) => _files.Value.ContainsKey(path);

    private static Dictionary<string, OutputFile> Index(IReadOnlyList<OutputFile> files)
    {
        var index = new Dictionary<string, OutputFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            index[file.Path] = file;
        }
        return index;
    }
}
