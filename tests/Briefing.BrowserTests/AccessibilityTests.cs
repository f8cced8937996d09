using System.Text.Json;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// axe-core over one page of every kind, at both widths and in dark mode. axe is injected with a
/// script tag, which the CSP would rightly block, so these contexts bypass the CSP; the CSP itself
/// is tested in <see cref="PageTypeTests"/>.
/// </summary>
[Collection(SiteInBrowser.Name)]
public sealed class AccessibilityTests(SiteUnderTest site)
{
    [AxeFact]
    public Task Axe_finds_no_violations_on_any_page_type_at_390px() => CheckAllAsync(390, ColorScheme.Light);

    [AxeFact]
    public Task Axe_finds_no_violations_on_any_page_type_at_1280px() => CheckAllAsync(1280, ColorScheme.Light);

    [AxeFact]
    public Task Axe_finds_no_violations_on_any_page_type_in_dark_mode() => CheckAllAsync(1280, ColorScheme.Dark);

    private async Task CheckAllAsync(int width, ColorScheme scheme)
    {
        var violations = new List<string>();
        await using var context = await site.NewContextAsync(width, bypassCsp: true, scheme: scheme);
        foreach (var (kind, path) in site.PageTypes)
        {
            var visit = await PageVisit.OpenAsync(context, path, kind == "404" ? 404 : 200);
            violations.AddRange((await Axe.RunAsync(visit.Page)).Select(v => $"{path} at {width}px ({scheme}): {v}"));
            await visit.Page.CloseAsync();
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}

/// <summary>Runs axe-core in a page and describes each violation on one line.</summary>
public static class Axe
{
    public static async Task<IReadOnlyList<string>> RunAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Tools.AxeScript });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document)).violations.map(v =>
              `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')}`)
            """);
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
