using Briefing.Core.Rendering.Views;
using Briefing.Core.Text;

namespace Briefing.Core.Rendering.Generators;

/// <summary>One page per tag, listing what carries it.</summary>
public sealed class TagPages : IPageGenerator
{
    public IEnumerable<string> Templates => ["list"];

    public IEnumerable<Func<OutputFile>> Jobs(RenderContext context)
    {
        var byTag = context.Site.Briefings
            .SelectMany(b => b.Latest.FrontMatter.Tags.Select(tag => (Tag: tag, Briefing: b)))
            .GroupBy(x => Slug.From(x.Tag), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byTag)
        {
            var name = group.First().Tag;
            var url = TagUrls.Tag(name);
            var tagged = group.Select(x => x.Briefing).Distinct().ToList();
            var briefings = tagged.Select(BriefingViewFactory.Summary).ToList();
            var modified = tagged.Max(b => b.Latest.Date);
            yield return () => context.Page("list", url, new BriefingListView(
                context.SiteView,
                context.Meta($"Tagged “{name}”", $"Briefings tagged “{name}”.", url) with { Modified = modified },
                context.Nav(url),
                $"Tagged “{name}”",
                briefings));
        }
    }
}
