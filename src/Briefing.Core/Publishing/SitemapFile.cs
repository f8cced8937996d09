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
        yield return RenderJob.At(Urls.Sitemap, [newest, .. metas], () =>
        {
            var urls = metas
                .Where(m => m.Indexable && m.CanonicalUrl == context.Absolute(m.Url))
                .Select(m => new SitemapUrl(m.CanonicalUrl, m.Modified ?? newest))
                .DistinctBy(u => u.Location);
            return OutputFile.Text(Urls.ToOutputPath(Urls.Sitemap), SitemapXml.Write(urls));
        });
    }
}
