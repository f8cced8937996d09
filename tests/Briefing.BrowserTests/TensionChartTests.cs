using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>The tension index page: its chart is drawn, and a screen reader gets its meaning as text.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class TensionChartTests(SiteUnderTest site)
{
    [ChromiumFact]
    public async Task Tension_chart_is_drawn_and_has_an_accessible_name_and_description()
    {
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "tension", "index.html")), "input/site.yml sets tension, so /tension/ must be built");
        await using var context = await site.NewContextAsync(390);
        var visit = await PageVisit.OpenAsync(context, "/tension/");

        var chart = visit.Page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Tension index" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var box = await chart.BoundingBoxAsync();
        Assert.True(box is { Width: > 200, Height: > 100 } && box.Width <= 390, $"chart box {box?.Width}x{box?.Height}");
        var description = await chart.EvaluateAsync<string>("svg => svg.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id).textContent).join(' ')");
        Assert.Contains("0 to 100", description, StringComparison.Ordinal);
        Assert.Matches(@"\d+\.\d", description);
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
        await visit.ScreenshotAsync("390-tension-chart");
    }
}
