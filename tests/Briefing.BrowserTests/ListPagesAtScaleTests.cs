using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests;

/// <summary>
/// The list pages at 10,000 events, one of each kind (the events' index, a year, a month, the actors, an actor and
/// its second page, a tag and its second page, the briefings, the tension index), found in the built site's files:
/// axe finds no violation on any of them, at a phone's width and at a desktop's.
/// </summary>
[Collection(ProductSiteInBrowser.Name)]
public sealed class ListPagesAtScaleTests(ProductSiteUnderTest site, ITestOutputHelper output)
{
    [ProductCorpusAxeFact]
    public async Task Axe_finds_no_violations_on_each_kind_of_list_page_at_10000_events()
    {
        var pages = ListPages();
        Assert.True(pages.Count >= 8, "expected a page of each list kind, found: " + string.Join(", ", pages));
        var violations = new List<string>();
        foreach (var width in new[] { 390, 1280 })
        {
            await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = site.BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 }, BypassCSP = true,
            });
            foreach (var path in pages)
            {
                var visit = await PageVisit.OpenAsync(context, path);
                violations.AddRange((await Axe.RunAsync(visit.Page)).Select(v => $"{path} at {width}px: {v}"));
                await visit.Page.CloseAsync();
            }
        }
        output.WriteLine($"axe: {violations.Count} violations on {pages.Count} list pages at 390 and 1280 px: {string.Join(", ", pages)}");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private List<string> ListPages()
    {
        var root = site.OutputDirectory;
        string? First(string folder, string pattern) =>
            Directory.Exists(Path.Combine(root, folder))
                ? Directory.EnumerateDirectories(Path.Combine(root, folder)).Select(Path.GetFileName).Where(n => System.Text.RegularExpressions.Regex.IsMatch(n!, pattern)).Order(StringComparer.Ordinal).FirstOrDefault()
                : null;
        var pages = new List<string> { "/events/", "/actors/", "/actors/rus/", "/briefings/", "/tension/" };
        if (First("events", "^[0-9]{4}$") is { } year)
        {
            pages.Add($"/events/{year}/");
            if (First($"events/{year}", "^[0-9]{2}$") is { } month)
            {
                pages.Add($"/events/{year}/{month}/");
            }
        }
        var tag = Directory.EnumerateDirectories(Path.Combine(root, "tags")).OrderByDescending(d => Directory.Exists(Path.Combine(d, "page", "2"))).ThenBy(d => d, StringComparer.Ordinal).First();
        pages.Add($"/tags/{Path.GetFileName(tag)}/");
        foreach (var paged in new[] { Path.Combine(root, "actors", "rus"), tag })
        {
            if (Directory.Exists(Path.Combine(paged, "page", "2")))
            {
                pages.Add("/" + Path.GetRelativePath(root, Path.Combine(paged, "page", "2")).Replace('\\', '/') + "/");
            }
        }
        return pages;
    }
}

/// <summary>A test on the 10,000-event product corpus that runs axe: needs python3 and axe-core as well as Chromium.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProductCorpusAxeFactAttribute : ChromiumFactAttribute
{
    public ProductCorpusAxeFactAttribute()
    {
        Skip ??= Tools.Python is null ? "python3 is not on the PATH: it generates the product corpus (bench/make-product-corpus.py)."
            : Tools.AxeScript is null ? "axe-core is not installed: run `bash .ci/setup/61-node-tools.sh` (npm ci in .ci/node)." : null;
    }
}
