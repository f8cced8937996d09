using Briefing.Core.Build;
using Briefing.Core.Markdown;
using Briefing.Core.Text;
using Briefing.Testing.Security;
using Briefing.Testing;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Security;

/// <summary>
/// The hostile-payload corpus (tests/fixtures/hostile/payloads.txt) in a real browser: one site where
/// every payload the build publishes (escaped front matter, and Markdown bodies the policy accepts) has
/// its own briefing, opened in Chromium with the CSP bypassed, so that the content itself, not the
/// policy header, must be inert. Every element is hovered, focused and sent load/error/toggle events;
/// no dialog may open and the page's canary may not be touched. Payloads the build refuses are
/// covered, with file and line, by HostilePayloadTests.
/// </summary>
public sealed class HostilePayloadBrowserTests : IAsyncLifetime, IDisposable
{
    private const string Canary = "window.__xss = []; for (const n of ['alert', 'confirm', 'prompt', 'print']) { window[n] = (...a) => { window.__xss.push(n + ': ' + a.join(' ')); }; }";

    private const string Provoke = """
        () => { for (const e of document.querySelectorAll('*')) {
          for (const t of ['mouseover', 'mouseenter', 'focus', 'load', 'error', 'toggle', 'animationstart']) { e.dispatchEvent(new Event(t)); }
          if (typeof e.focus === 'function') { e.focus(); } } return window.__xss; }
        """;

    private readonly TempDirectory _folder = new();
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _published;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Tools.ChromiumPath))
        {
            return;
        }
        _published = WriteSite();
        _server = await StaticSiteServer.StartAsync(_folder.Combine("output"), NetlifyConfig.Load());
        var build = new SitePipeline().Build(new BuildOptions(_folder.Combine("input"), RepoPaths.Theme, _folder.Combine("output"), _folder.Path, _server.BaseUrl));
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics.Take(10)));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Tools.ChromiumPath, Headless = true, Args = Tools.ChromiumArgs });
    }

    [ChromiumFact]
    public async Task No_published_payload_opens_a_dialog_or_runs_script()
    {
        Assert.True(_published >= 50, $"only {_published} payloads could be published");
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server!.BaseUrl, BypassCSP = true });
        var dialogs = new List<string>();
        var ran = new List<string>();
        var pages = Directory.EnumerateFiles(_folder.Combine("output"), "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(_folder.Combine("output"), Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(p => p == "/./" ? "/" : p)
            .Where(IsPageShowingPayloads)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var path in pages)
        {
            var page = await context.NewPageAsync();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add($"{path}: {dialog.Type} '{dialog.Message}'");
                await dialog.DismissAsync();
            };
            await page.AddInitScriptAsync(Canary);
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            ran.AddRange((await page.EvaluateAsync<string[]>(Provoke)).Select(r => $"{path}: {r}"));
            var scripts = await page.EvaluateAsync<int>("() => document.querySelectorAll('script:not([type=\"application/ld+json\"])').length");
            if (scripts > 0)
            {
                ran.Add($"{path}: {scripts} script element(s)");
            }
            await page.CloseAsync();
        }
        Console.WriteLine($"browser: {_published} payloads published on {pages.Count} pages, {dialogs.Count} dialogs, {ran.Count} script runs");
        Assert.Empty(dialogs);
        Assert.Empty(ran);
    }

    // Each payload's own page (title, summary, byline, tag list, body), its tag page and the lists that
    // show it; version, history and feed pages repeat the same escaped strings and would triple the time.
    private static bool IsPageShowingPayloads(string path) =>
        path is "/" or "/briefings/"
        || System.Text.RegularExpressions.Regex.IsMatch(path, "^/(briefings/payload-[0-9]+|tags/[^/]+)/$");

    /// <summary>One briefing per payload: the payload in every front-matter string, and in the body when the policy accepts it.</summary>
    private int WriteSite()
    {
        _folder.Write("input/site.yml", "title: Hostile\ndescription: Payloads.\nbase_url: https://hostile.example.org/\nlanguage: en\nauthor: Desk\n");
        var count = 0;
        foreach (var (payload, i) in HostilePayloads.All.Select((p, i) => (p, i + 1)))
        {
            if (payload.Text.Any(UnsafeCharacters.IsUnsafe))
            {
                continue; // refused by the build wherever it is planted
            }
            var body = HostileContent.Find(MarkdownRenderer.Shared.Parse(payload.Text)).Count == 0 && MarkdownNesting.FindTooDeep(payload.Text) is null
                ? payload.Text
                : "The payload is refused in bodies.";
            var text = System.Text.Json.JsonSerializer.Serialize(payload.Text);
            var slug = Slug.From(payload.Text);
            var tags = slug.Length is > 0 and <= 100 && !ReservedNames.IsDevice(slug) ? $"[{text}]" : "[]";
            _folder.Write($"input/briefings/payload-{i}/v1.md",
                $"---\ntitle: {text}\ndate: 2025-07-21\nsummary: {text}\nbyline: {text}\ntags: {tags}\n---\n\n{body}\n");
            count++;
        }
        return count;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public void Dispose() => _folder.Dispose();
}
