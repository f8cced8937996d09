using Briefing.Core.Output;

namespace Briefing.Core.Site;

/// <summary>
/// A file a generator has planned: where it goes, what it reads, and how to make it from a build's context. A plan
/// worked out from the front matter can be kept between builds (<see cref="RenderContext.Remember"/>) while that is
/// unchanged, so that listing the jobs costs a comparison; <see cref="Render"/> then takes the model from the context it is given.
/// </summary>
public sealed record PlannedPage(string Url, IReadOnlyList<object> Reads, Func<RenderContext, OutputFile> Render)
{
    /// <summary>The job that makes this file in the build of <paramref name="context"/>.</summary>
    public RenderJob Job(RenderContext context) => RenderJob.At(Url, Reads, () => Render(context));
}
