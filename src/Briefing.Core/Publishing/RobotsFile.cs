using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary><c>/robots.txt</c>: everything may be crawled; the sitemap is named with its absolute URL, as the format requires.</summary>
public sealed class RobotsFile : IPageGenerator
{
    public IEnumerable<string> Templates => [];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        yield return RenderJob.At(Urls.Robots, [], () => OutputFile.Text(Urls.ToOutputPath(Urls.Robots), Text(context.Absolute(Urls.Sitemap))));
    }

    public static string Text(string sitemapUrl) => $"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl}\n";
}
