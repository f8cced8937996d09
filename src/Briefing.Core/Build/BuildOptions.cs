using Briefing.Core.Site;

namespace Briefing.Core.Build;

/// <summary>
/// Where a build reads and writes. <see cref="DisplayRoot"/> is the folder paths in messages are
/// relative to (the repository root when run from there); <see cref="BaseUrl"/> overrides <c>site.yml</c>.
/// <see cref="MaxParallelism"/> caps the threads each phase uses (-1: every core; 1: one thread);
/// the output is byte-for-byte the same whatever it is.
/// </summary>
public sealed record BuildOptions(
    string InputDirectory,
    string ThemeDirectory,
    string OutputDirectory,
    string DisplayRoot,
    string? BaseUrl = null,
    int MaxParallelism = -1)
{
    /// <summary>Told of each phase and of each file rendered, for a front end to show; nothing by default.</summary>
    public IBuildProgress Progress { get; init; } = BuildProgress.None;

    /// <summary>Told before the model phase renders each body and when the model is built, for the host to pace its collector (see <see cref="IModelPacer"/>); nothing by default.</summary>
    public IModelPacer Pacer { get; init; } = ModelPacer.None;

    /// <summary>
    /// The options every phase runs its parallel loops with. "Every core" is said outright: left at -1,
    /// .NET lets the thread pool add threads whenever work blocks (a write, a GC pause), and the 100k-event
    /// build ran dozens of render threads on two cores, each with its own half-built page in memory.
    /// </summary>
    public ParallelOptions Parallelism => new() { MaxDegreeOfParallelism = MaxParallelism > 0 ? MaxParallelism : Environment.ProcessorCount };
}
