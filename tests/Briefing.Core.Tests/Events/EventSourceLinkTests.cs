using AngleSharp.Html.Parser;
using Briefing.Core.Build;
using Briefing.Core.Events;
using Briefing.Core.Output;
using Briefing.Testing;

namespace Briefing.Core.Tests.Events;

/// <summary>Every link from an event page to a briefing lands on a page that exists and an anchor on it.</summary>
public sealed class EventSourceLinkTests
{
    [Fact]
    public void Every_briefing_source_link_on_every_real_event_page_lands_on_an_existing_anchor()
    {
        var result = SiteBuilds.Render(RepoPaths.Input);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var checkedLinks = AssertSourceLinksResolve(result);
        // Each of the real events cites at least one briefing section.
        Assert.True(checkedLinks >= result.Site!.Events.Count, $"only {checkedLinks} briefing links on {result.Site!.Events.Count} event pages");
    }

    [Fact]
    public void Every_briefing_source_link_on_every_fixture_event_page_lands_on_an_existing_anchor()
    {
        var result = SiteBuilds.Render(RepoPaths.Fixture("04-events"));
        Assert.Equal(3, AssertSourceLinksResolve(result));
    }

    [Fact]
    public void The_real_publication_has_at_least_fifteen_event_pages()
    {
        var result = SiteBuilds.Render(RepoPaths.Input);
        var pages = result.Files.Count(f => f.Path.StartsWith("events/", StringComparison.Ordinal) && f.Path != "events/index.html");
        Assert.True(pages >= 15, $"{pages} event pages");
    }

    /// <summary>Follows every <c>/briefings/…#anchor</c> link in the sources of every event page; returns how many it checked.</summary>
    private static int AssertSourceLinksResolve(BuildResult result)
    {
        var parser = new HtmlParser();
        var files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var count = 0;
        foreach (var page in result.Html().Where(f => f.Path.StartsWith("events/", StringComparison.Ordinal) && f.Path != "events/index.html"))
        {
            var document = parser.ParseDocument(Text(page));
            var links = document.QuerySelectorAll(".sources a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/briefings/", StringComparison.Ordinal));
            foreach (var href in links)
            {
                var hash = href.IndexOf('#', StringComparison.Ordinal);
                Assert.True(hash > 0, $"{page.Path}: '{href}' has no anchor");
                var target = Core.Site.Urls.ToOutputPath(href[..hash]);
                Assert.True(files.TryGetValue(target, out var file), $"{page.Path}: '{href}' points at {target}, which was not built");
                var anchor = href[(hash + 1)..];
                Assert.True(parser.ParseDocument(Text(file)).GetElementById(anchor) is not null, $"{page.Path}: '{href}': {target} has no element with id '{anchor}'");
                count++;
            }
        }
        return count;
    }

    private static string Text(OutputFile file) => System.Text.Encoding.UTF8.GetString(file.Content);
}
