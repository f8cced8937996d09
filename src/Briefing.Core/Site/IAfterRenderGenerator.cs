using Briefing.Core.Output;
namespace Briefing.Core.Site;

/// <summary>
/// A generator whose files describe the other generators' files, such as the sitemap, which lists
/// every page. It is registered with the others in <c>SitePipeline.DefaultGenerators()</c>; its
/// <see cref="After"/> runs once every render job has finished, so no page type can be forgotten.
/// </summary>
public interface IAfterRenderGenerator : IPageGenerator
{
    IEnumerable<RenderJob> After(RenderContext context, IReadOnlyList<OutputFile> rendered);

    /// <summary>
    /// True when its files depend on nothing but the rendered files' paths and page metadata and the documents' front
    /// matter (the sitemap, the topic feeds): a patch that edits only text and leaves every page's metadata as it was keeps them.
    /// </summary>
    bool ReadsOnlyPagesAndHeads => false;
}
