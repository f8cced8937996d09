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
    /// <summary>
    /// The same job against another model, for a job that takes everything it renders from the context it is given
    /// (null for one that captured parts of the model it was made from). A save that changes only a document's body
    /// patches the model and re-runs the jobs that read that document through this, without enumerating every job.
    /// It must find what it renders in the context alone, capturing neither a context nor a position: the cache keeps
    /// it from the build that last rendered the file for as long as later builds read the very same objects, and by then
    /// an item may sit elsewhere in the lists (an event added before it), and that build's model should be gone.
    /// </summary>
    public Func<RenderContext, OutputFile>? Rerun { get; init; }

    /// <summary>A job for the file at a root-relative URL (<c>/a/b/</c> is <c>a/b/index.html</c>).</summary>
    public static RenderJob At(string url, IReadOnlyList<object> reads, Func<OutputFile> run) =>
        new(Urls.ToOutputPath(url), reads, run);

    /// <summary>
    /// A job for the file at a root-relative URL, made only from what <paramref name="context"/> holds: it can be run again
    /// against a patched model (<see cref="Rerun"/>). <paramref name="render"/> must read the model through its argument alone.
    /// </summary>
    public static RenderJob At(string url, IReadOnlyList<object> reads, RenderContext context, Func<RenderContext, OutputFile> render) =>
        new(Urls.ToOutputPath(url), reads, () => render(context)) { Rerun = render };

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
