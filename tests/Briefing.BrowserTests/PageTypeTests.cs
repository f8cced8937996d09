
namespace Briefing.BrowserTests;

/// <summary>One page of every kind the site has, at a phone's width and a desktop's, served with netlify.toml's CSP.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class PageTypeTests(SiteUnderTest site)
{
    [ChromiumFact]
    public Task Every_page_type_at_390px_loads_cleanly_under_the_csp_without_horizontal_scrolling() => CheckAllAsync(390, checkScroll: true);

    [ChromiumFact]
    public Task Every_page_type_at_1280px_loads_cleanly_under_the_csp() => CheckAllAsync(1280, checkScroll: false);

    [ChromiumFact]
    public async Task Pages_are_served_with_the_csp_from_netlify_toml()
    {
        await using var context = await site.NewContextAsync(1280);
        var visit = await PageVisit.OpenAsync(context, "/");

        var csp = await visit.Response!.HeaderValueAsync("content-security-policy");

        Assert.Equal(Briefing.Testing.NetlifyConfig.Load().HeadersFor("/")["Content-Security-Policy"], csp);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void The_visited_page_types_include_every_kind_the_issue_names_that_the_site_has()
    {
        var kinds = site.PageTypes.Select(p => p.Kind).ToHashSet();

        Assert.Contains("home", kinds);
        Assert.Contains("briefings", kinds);
        Assert.Contains("briefings/*", kinds);
        Assert.Contains("tags/*", kinds);
        Assert.Contains("search", kinds);
        Assert.Contains("404", kinds);
    }

    private async Task CheckAllAsync(int width, bool checkScroll)
    {
        var problems = new List<string>();
        await using var context = await site.NewContextAsync(width);
        foreach (var (kind, path) in site.PageTypes)
        {
            var visit = await PageVisit.OpenAsync(context, path, kind == "404" ? 404 : 200);
            problems.AddRange(visit.Problems.Select(p => $"{path} at {width}px: {p}"));
            if (checkScroll && await visit.ScrollsHorizontallyAsync())
            {
                problems.Add($"{path} at {width}px scrolls horizontally");
            }
            await visit.ScreenshotAsync($"{width}-{PageVisit.FileName(kind)}");
            await visit.Page.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
