using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Pages;

/// <summary>Pages from <c>input/pages/</c>, and the 404 page every host serves for a missing URL.</summary>
public sealed class StandalonePages : IPageGenerator
{
    public IEnumerable<string> Templates => ["page", "404"];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        var pages = context.Site.Pages;
        for (var i = 0; i < pages.Count; i++)
        {
            // This build renders the page it holds; only a later patch looks it up by URL (see RenderJob.Rerun): looked
            // up on every run, 10,000 pages searched the list 10,000 times.
            var page = pages[i];
            yield return RenderJob.At(page.Url, [page.Source], () => Page(context, page)) with { Rerun = RerunByUrl(page.Url) };
        }
        yield return RenderJob.At(Urls.NotFound, [], () => context.Page("404", Urls.NotFound, new PageView(
            context.SiteView,
            context.Meta("Page not found", "There is no page at this address.", Urls.NotFound) with { Indexable = false },
            context.Nav(Urls.NotFound),
            "Page not found",
            Briefing.Core.Templates.TrustedHtml.Empty,
            null,
            [])));
    }

    // A page found by its URL, never by a place captured now (see RenderJob.Rerun), in a closure that holds the URL alone.
    private static Func<RenderContext, OutputFile> RerunByUrl(string url) =>
        context => Page(context, context.Site.Pages.First(p => p.Url == url));

    private static OutputFile Page(RenderContext context, Page page) =>
        context.Page("page", page.Url, new PageView(
            context.SiteView,
            context.Meta(page.Title, page.Source.FrontMatter.Summary ?? context.Site.Config.Description, page.Url),
            context.Nav(page.Url),
            page.Title,
            page.Content.Body,
            page.Source.FrontMatter.Date is { } date ? Formatting.Time(date) : null,
            page.Source.FrontMatter.Tags));
}
