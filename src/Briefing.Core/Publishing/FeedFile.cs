using Briefing.Core.Output;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>The Atom feed at <c>/feed.xml</c>, linked from every page's head.</summary>
public sealed class FeedFile : IPageGenerator
{
    public IEnumerable<string> Templates => [];

    public IEnumerable<RenderJob> Jobs(RenderContext context)
    {
        // The feed reads the entries it carries and nothing else of the model: an edit to an event not among them leaves it as it was.
        var entries = FeedIndex.Shared(context).Newest;
        yield return RenderJob.At(Urls.Feed, entries, () =>
        {
            var config = context.Site.Config;
            var header = new FeedHeader(
                config.BaseUrl,
                config.Title,
                config.Description,
                context.Absolute(Urls.Feed),
                context.Absolute(Urls.Home),
                config.Author);
            var xml = AtomFeed.Write(header, entries);
            return OutputFile.Text(Urls.ToOutputPath(Urls.Feed), xml);
        });
    }
}
