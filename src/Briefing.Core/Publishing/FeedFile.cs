using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>The Atom feed at <c>/feed.xml</c>, linked from every page's head.</summary>
public sealed class FeedFile : IPageGenerator
{
    public IEnumerable<string> Templates => [];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        var heads = context.Site.Parts.SelectMany(p => p.Heads).ToArray();
        yield return RenderJob.At(Urls.Feed, heads, () =>
        {
            var config = context.Site.Config;
            var header = new FeedHeader(
                config.BaseUrl,
                config.Title,
                config.Description,
                context.Absolute(Urls.Feed),
                context.Absolute(Urls.Home),
                config.Author);
            var xml = AtomFeed.Write(header, FeedEntries.Shared(context, heads));
            return OutputFile.Text(Urls.ToOutputPath(Urls.Feed), xml);
        });
    }
}
