using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>
/// An Atom feed for each list page that offers one (<see cref="PageMeta.FeedUrl"/>: an actor's, a tag's), so a
/// reader who follows one country or one topic gets only its news. A feed holds the entries whose
/// <see cref="FeedEntry.Topics"/> name its page, newest first, capped like the site feed. It runs after rendering
/// and reads the pages' heads, so the feed and the page announcing it cannot disagree: no page, no feed; the
/// feed is titled as its page is.
/// </summary>
public sealed class TopicFeeds : IAfterRenderGenerator
{
    public IEnumerable<string> Templates => [];

    public IEnumerable<RenderJob> Jobs(RenderContext context) => [];

    public bool ReadsOnlyPagesAndHeads => true;

    public IEnumerable<RenderJob> After(RenderContext context, IReadOnlyList<OutputFile> rendered)
    {
        // Every page of a paged list announces the list's feed; the feed is made once, from the list's first page.
        var pages = rendered.Select(f => f.Meta).OfType<PageMeta>().Where(m => m.FeedUrl is not null && m.FeedUrl == Urls.FeedOf(m.Url)).ToList();
        if (pages.Count == 0)
        {
            return [];
        }
        // A feed reads its page's head and the entries it carries: an edit changes only the feeds whose newest entries it changes.
        var index = FeedIndex.Shared(context);
        return pages.Select(page =>
        {
            var entries = index.NewestOn(page.Url);
            return RenderJob.At(page.FeedUrl!, [page, .. entries], () => Feed(context, page, entries));
        }).ToList();
    }

    private static OutputFile Feed(RenderContext context, PageMeta page, IEnumerable<FeedEntry> entries)
    {
        var config = context.Site.Config;
        var header = new FeedHeader(
            Urls.Absolute(config.BaseUrl, page.Url),
            page.DocumentTitle,
            page.Description,
            context.Absolute(page.FeedUrl!),
            context.Absolute(page.Url),
            config.Author);
        return OutputFile.Text(Urls.ToOutputPath(page.FeedUrl!), AtomFeed.Write(header, entries));
    }
}
