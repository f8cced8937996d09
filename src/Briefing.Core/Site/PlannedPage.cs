using Briefing.Core.Output;

namespace Briefing.Core.Site;

/// <summary>
/// A file a generator has planned: where it goes, what it reads, and how to make it, each from a build's model. A plan
/// worked out from a few fields of the front matter (which tags, which countries, which months) can be kept between
/// builds (<see cref="RenderContext.Remember"/>) while those fields are unchanged, so that listing the jobs after an
/// edit costs a comparison and the reads; <see cref="Reads"/> and <see cref="Render"/> take the model they are given.
/// </summary>
public sealed record PlannedPage(string Url, Func<SiteModel, IReadOnlyList<object>> Reads, Func<RenderContext, OutputFile> Render)
{
    /// <summary>The job that makes this file in the build of <paramref name="context"/>.</summary>
    public RenderJob Job(RenderContext context) => RenderJob.At(Url, context.ReadsToKeep(() => Reads(context.Site)), () => Render(context));
}
