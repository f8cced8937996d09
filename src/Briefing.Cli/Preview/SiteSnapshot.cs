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
    private readonly Dictionary<string, OutputFile> _files;

    public SiteSnapshot(string stamp, IReadOnlyList<OutputFile> files, IReadOnlyList<Diagnostic> diagnostics, bool hasSite)
    {
        Stamp = stamp;
        Files = files;
        Diagnostics = diagnostics;
        HasSite = hasSite;
        _files = new Dictionary<string, OutputFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            _files[file.Path] = file;
        }
    }

    /// <summary>Names this build in pages, headers and reload events: <c>&lt;server instance&gt;-&lt;build number&gt;</c>.</summary>
    public string Stamp { get; }

    public IReadOnlyList<OutputFile> Files { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>False until a build has succeeded: then there is nothing to show under the error overlay.</summary>
    public bool HasSite { get; }

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public bool Failed => Diagnostics.Any(d => d.IsError);

    public OutputFile? Find(string path) => _files.GetValueOrDefault(path);

    public bool Contains(string path) => _files.ContainsKey(path);
}
