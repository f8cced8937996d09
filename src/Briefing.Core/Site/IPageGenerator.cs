using Briefing.Core.Output;

namespace Briefing.Core.Site;

/// <summary>
/// Produces some of the site's files. Each generator returns render jobs rather than files so
/// that the render phase can run all jobs of all generators in parallel and keep their order,
/// and so that a rebuild can skip the jobs whose inputs are what they were last time.
/// </summary>
public interface IPageGenerator
{
    /// <summary>The theme templates this generator renders with; a missing one is reported before rendering starts.</summary>
    IEnumerable<string> Templates { get; }

    IEnumerable<RenderJob> Jobs(RenderContext context);
}

/// <summary>
/// One file of the site: its output path, everything its bytes depend on beyond the theme, the configuration and
/// the menu (<see cref="Reads"/>: documents, front-matter heads, values; compared with <c>Equals</c> between builds),
/// and how to make it. A rebuild runs the job only when its reads differ from the last build's, so a job must list
/// everything it reads: the incremental-equals-full test holds every generator to it.
/// </summary>
public sealed record RenderJob(string Path, IReadOnlyList<object> Reads, Func<OutputFile> Run)
{
    /// <summary>A job for the file at a root-relative URL (<c>/a/b/</c> is <c>a/b/index.html</c>).</summary>
    public static RenderJob At(string url, IReadOnlyList<object> reads, Func<OutputFile> run) =>
        new(Urls.ToOutputPath(url), reads, run);

    /// <summary>True when <paramref name="other"/> reads the same things, in the same order.</summary>
    public bool ReadsSameAs(IReadOnlyList<object> other) => SameReads(Reads, other);

    /// <summary>True when two lists of reads are equal item by item (<c>Equals</c>), in the same order.</summary>
    public static bool SameReads(IReadOnlyList<object> one, IReadOnlyList<object> other)
    {
        if (one.Count != other.Count)
        {
            return false;
        }
        for (var i = 0; i < one.Count; i++)
        {
            if (!Equals(one[i], other[i]))
            {
                return false;
            }
        }
        return true;
    }
}
