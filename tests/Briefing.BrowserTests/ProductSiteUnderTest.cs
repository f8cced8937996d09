using System.Diagnostics;
using Briefing.Core.Build;
using Briefing.Testing;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// The product-shaped corpus at 10,000 events (<c>bench/make-product-corpus.py</c>: 10,000 events, 1,000 briefings),
/// built once with the repository's theme and served on loopback, for what only shows at scale. Generating and
/// building it takes a minute or so; it is made only when a test of the collection runs.
/// </summary>
public sealed class ProductSiteUnderTest : IAsyncLifetime, IDisposable
{
    public const int Events = 10_000;

    private readonly TempDirectory _folder = new();
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => _server!.BaseUrl;

    /// <summary>The built site's folder, to find pages of each kind by their files.</summary>
    public string OutputDirectory => _folder.Combine("output");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Tools.ChromiumPath) || Tools.Python is null)
        {
            return;
        }
        var input = _folder.Combine("input");
        Generate(input);
        var output = _folder.Combine("output");
        _server = await StaticSiteServer.StartAsync(output, NetlifyConfig.Load());
        var build = new SitePipeline().Build(new BuildOptions(input, RepoPaths.Theme, output, _folder.Path, BaseUrl));
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics.Take(20)));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Tools.ChromiumPath, Headless = true, Args = Tools.ChromiumArgs });
    }

    private static void Generate(string input)
    {
        var start = new ProcessStartInfo(Tools.Python!) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "bench", "make-product-corpus.py"));
        start.ArgumentList.Add(input);
        start.ArgumentList.Add(Events.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "make-product-corpus.py failed: " + error.Result);
    }

    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

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

/// <summary>
/// Runs alone, after every other collection of the assembly: its search test times what a reader waits for, and
/// on a two-core machine the other collections' browsers and builds would otherwise share the cores it measures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProductSiteInBrowser : ICollectionFixture<ProductSiteUnderTest>
{
    public const string Name = "product corpus at 10,000 events in Chromium";
}

/// <summary>A test on the 10,000-event product corpus: needs Chromium and python3 (to generate the corpus).</summary>
[AttributeUsage(AttributeTargets.Method)]
public class ProductCorpusFactAttribute : ChromiumFactAttribute
{
    public ProductCorpusFactAttribute()
    {
        if (Skip is null && Tools.Python is null)
        {
            Skip = "python3 is not on the PATH: it generates the product corpus (bench/make-product-corpus.py).";
        }
    }
}

/// <summary>
/// A timing on the product corpus, which is a benchmark: it runs only under <c>bench/search-latency.sh</c>
/// (<c>BRIEFING_SEARCH_BENCH=1</c>), on a machine left alone, and is skipped with a message everywhere else. Timed in
/// CI, whose host may be busy with anything, it failed a run for a slow host rather than for slow code.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SearchBenchFactAttribute : ProductCorpusFactAttribute
{
    public const string Variable = "BRIEFING_SEARCH_BENCH";

    public SearchBenchFactAttribute()
    {
        if (Skip is null && Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"a benchmark: run bench/search-latency.sh (it sets {Variable}=1)";
        }
    }
}
