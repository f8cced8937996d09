using Briefing.Core.Output;
namespace Briefing.Core.Site;

/// <summary>
/// Produces some of the site's files. Each generator returns render jobs rather than files so
/// that the render phase can run all jobs of all generators in parallel and keep their order.
/// </summary>
public interface IPageGenerator
{
    /// <summary>The theme templates this generator renders with; a missing one is reported before rendering starts.</summary>
    IEnumerable<string> Templates { get; }

    IEnumerable<Func<OutputFile>> Jobs(RenderContext context);
}
