using Briefing.Core.Diagnostics;
using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Build;

/// <summary>
/// What a build produced: the diagnostics (sorted), the rendered files (empty when there were errors),
/// the model, and the time each phase took.
/// </summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    SiteModel? Site,
    IReadOnlyList<PhaseTiming> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
