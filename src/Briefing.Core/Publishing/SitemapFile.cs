using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>
/// <c>/sitemap.xml</c>: every rendered page that is indexable and is its own canonical page, with
/// its content's last-modified day (the site's newest day when a page does not say). Built after
/// rendering from the pages themselves, so a new page type is listed without touching this file.
/// </summary>
public sealed class SitemapFile : IAfterRenderGenerator
{
    public IEnumerable<string> Templates => [];

    public IEnumerable<RenderJob> Jobs(RenderContext context) => [];

    public bool ReadsOnlyPagesAndHeads => true;

    public IEnumerable<RenderJob> After(RenderContext context, IReadOnlyList<OutputFile> rendered)
    {
        var newest = SiteDates.Newest(context.Site);
        var metas = rendered.Select(f => f.Meta).OfType<PageMeta>().ToArray();
        // Asked for at every build, not only when the sitemap is made again: a kept value no build asks for is let go.
        var pieces = Pieces(context);
        yield return RenderJob.At(Urls.Sitemap, [newest, .. metas], () =>
        {
            var urls = Listed(context, metas, newest);
            var path = Urls.ToOutputPath(Urls.Sitemap);
            return pieces is null ? OutputFile.Streamed(path, output => SitemapXml.WriteTo(output, urls)) : new OutputFile(path, pieces.File(urls));
        });
    }

    /// <summary>The pages the sitemap lists, each location once (the first page rendered at it), in render order.</summary>
    private static SitemapUrl[] Listed(RenderContext context, IReadOnlyList<PageMeta> metas, DateOnly newest) =>
    [
        .. metas
            .Where(m => m.Indexable && Urls.IsAbsolute(m.CanonicalUrl, context.BaseUrl, m.Url))
            .Select(m => new SitemapUrl(m.CanonicalUrl, m.Modified ?? newest))
            .DistinctBy(u => u.Location, StringComparer.Ordinal),
    ];

    // The last sitemap's pieces, kept between builds (with a build cache): a piece depends on its url alone. Without one,
    // the sitemap is written in one pass straight into its file, and nothing is held.
    private static SitemapPieces? Pieces(RenderContext context) =>
        context.KeepsValuesBetweenBuilds ? context.Remember(nameof(SitemapFile), [], () => new SitemapPieces()) : null;
}
