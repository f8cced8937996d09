using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// Loads one page and records everything that went wrong while it loaded: console errors, uncaught
/// exceptions, failed requests, responses with an error status, and Content-Security-Policy violations.
/// </summary>
public sealed class PageVisit
{
    /// <summary>Listens for CSP violations from the first moment; added by Playwright, so the CSP does not apply to it.</summary>
    private const string CspListener =
        "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));";

    public required IPage Page { get; init; }

    public required string Path { get; init; }

    public List<string> Problems { get; } = [];

    public IResponse? Response { get; private set; }

    /// <summary>Opens <paramref name="path"/> in a new page of <paramref name="context"/>; <paramref name="expectedStatus"/> is the main document's.</summary>
    public static async Task<PageVisit> OpenAsync(IBrowserContext context, string path, int expectedStatus = 200)
    {
        var page = await context.NewPageAsync();
        var visit = new PageVisit { Page = page, Path = path };
        await page.AddInitScriptAsync(CspListener);
        page.Console += (_, message) =>
        {
            var expectedMissing = expectedStatus == 404 && message.Text.Contains("404", StringComparison.Ordinal) && message.Location.Contains(path, StringComparison.Ordinal);
            if (message.Type == "error" && !expectedMissing)
            {
                visit.Problems.Add($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => visit.Problems.Add($"uncaught exception: {error}");
        page.RequestFailed += (_, request) => visit.Problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            var isDocument = response.Request.IsNavigationRequest;
            if (response.Status >= 400 && !(isDocument && response.Status == expectedStatus))
            {
                visit.Problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        visit.Response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        if (visit.Response?.Status != expectedStatus)
        {
            visit.Problems.Add($"status {visit.Response?.Status}, expected {expectedStatus}");
        }
        foreach (var violation in await page.EvaluateAsync<string[]>("() => window.__csp"))
        {
            visit.Problems.Add($"CSP violation: {violation}");
        }
        return visit;
    }

    /// <summary>
    /// Waits until the search page's list of results is complete: search.js shows each result as soon as it and those
    /// above it are in, and keeps the list <c>aria-busy</c> until the last of the page is.
    /// </summary>
    public Task SearchResultsFilledAsync() =>
        Assertions.Expect(Page.Locator("#search-results")).Not.ToHaveAttributeAsync("aria-busy", "true");

    /// <summary>The <c>href</c> of each link <paramref name="links"/> finds, in document order.</summary>
    public static Task<string[]> HrefsAsync(ILocator links) =>
        links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

    public Task<bool> ScrollsHorizontallyAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(Tools.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = System.IO.Path.Combine(Tools.ScreenshotDirectory, name + ".png"),
            FullPage = true,
        });
    }

    /// <summary>A file-name-safe form of a page kind: <c>briefings/*/v*</c> → <c>briefings-x-vN</c>.</summary>
    public static string FileName(string kind) => kind.Replace("/", "-", StringComparison.Ordinal).Replace("*", "x", StringComparison.Ordinal);
}
