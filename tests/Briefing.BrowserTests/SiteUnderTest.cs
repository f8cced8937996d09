using System.Xml.Linq;
using Briefing.Core.Build;
using Briefing.Testing;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// The repository's site, built once into a temporary folder for the URL it is served from, served
/// on loopback with netlify.toml's headers, and one headless Chromium to visit it. Shared by every
/// browser test; does nothing where Chromium is missing (the tests are skipped there).
/// </summary>
public sealed class SiteUnderTest : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => _server!.BaseUrl;

    public string OutputDirectory => _folder.Combine("output");

    public BuildResult Build { get; private set; } = null!;

    /// <summary>One URL of each kind of page the site has, by kind (see <see cref="PageKinds"/>), plus a missing page.</summary>
    public IReadOnlyList<(string Kind, string Path)> PageTypes { get; private set; } = [];

    public async Task InitializeAsync()
    {
        if (!File.Exists(Tools.ChromiumPath))
        {
            return;
        }
        _server = await StaticSiteServer.StartAsync(OutputDirectory, NetlifyConfig.Load());
        Build = new SitePipeline().Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, OutputDirectory, RepoPaths.Root, BaseUrl));
        Assert.True(Build.Succeeded, string.Join("\n", Build.Diagnostics));
        PageTypes = [.. PageKinds.OnePerKind(SitemapPaths()), ("404", "/no-such-page/")];
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync();
    }

    private Task<IBrowser> LaunchAsync() =>
        _playwright!.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Tools.ChromiumPath,
            Headless = true,
            Args = Tools.ChromiumArgs,
        });

    /// <summary>A fresh browser context (no cache, no cookies) at a viewport width.</summary>
    public Task<IBrowserContext> NewContextAsync(int width, bool bypassCsp = false, bool javaScript = true, ColorScheme scheme = ColorScheme.Light) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            BypassCSP = bypassCsp,
            JavaScriptEnabled = javaScript,
            ColorScheme = scheme,
            ReducedMotion = ReducedMotion.Reduce,
        });

    private IEnumerable<string> SitemapPaths()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return XDocument.Load(Path.Combine(OutputDirectory, "sitemap.xml")).Root!
            .Elements(sm + "url")
            .Select(u => new Uri((string)u.Element(sm + "loc")!).AbsolutePath);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SiteInBrowser : ICollectionFixture<SiteUnderTest>
{
    public const string Name = "built site in Chromium";
}
