using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests;

/// <summary>Search on the 10,000-event product corpus: quick to answer, and reading the index in pieces.</summary>
[Collection(ProductSiteInBrowser.Name)]
public sealed class SearchAtScaleTests(ProductSiteUnderTest site, ITestOutputHelper output)
{
    /// <summary>Two-word queries of the corpus's words, common and rare; each is typed into a fresh browser (nothing cached).</summary>
    private static readonly string[] Queries = ["border ceasefire", "pipeline sanctions", "maritime convoy", "diaspora festival", "drone garrison"];

    /// <summary>
    /// What makes the first results quick, and holds on any machine: after the query is typed, the page fetches the
    /// shards of its words (one or two for two words) in one wave, and only once they are all in, the chunks of the
    /// ten results it shows (at most ten) in a second wave; then it shows them. How long that takes is measured by
    /// <c>bench/search-latency.sh</c>, which runs <see cref="First_results_show_within_300_ms_of_typing"/>: timed in CI,
    /// it failed three runs in two sessions on a busy host (medians of 310, 363 and 842 ms).
    /// </summary>
    [ProductCorpusFact]
    public async Task A_typed_query_fetches_its_shards_then_the_chunks_of_the_results_shown_and_nothing_else()
    {
        foreach (var query in Queries)
        {
            var (_, fetches, visit) = await TypeAsync(query);
            await using var _ = visit;

            var shards = fetches.Where(f => f.Piece == "t").ToList();
            var chunks = fetches.Where(f => f.Piece == "d").ToList();
            var index = fetches.Where(f => f.Piece is not null).Except(shards).Except(chunks).ToList();
            output.WriteLine($"{query}: {shards.Count} shards, {chunks.Count} chunks before the first result: {Described(fetches)}");
            Assert.InRange(shards.Count, 1, 2);
            Assert.InRange(chunks.Count, 1, 10);
            Assert.Empty(index);
            Assert.True(chunks.Min(c => c.Start) >= shards.Max(s => s.End), $"{query}: a chunk was asked for before every shard was in");
            Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
        }
    }

    /// <summary>
    /// From the input event of the typed query to the first result in the list, measured in the page (the event's
    /// timestamp and a mutation observer), so Playwright's own round trips do not count: the median of the queries
    /// within 300 ms, none over a second. A benchmark, run by <c>bench/search-latency.sh</c> on a machine left alone
    /// (<see cref="SearchBenchFactAttribute"/>), never in CI.
    /// </summary>
    [SearchBenchFact]
    public async Task First_results_show_within_300_ms_of_typing()
    {
        var timings = new List<double>();
        foreach (var query in Queries)
        {
            var (milliseconds, fetches, visit) = await TypeAsync(query);
            await using var _ = visit;
            output.WriteLine($"{query}: first results after {milliseconds:0} ms; {await visit.Page.Locator("#search-status").TextContentAsync()}");
            output.WriteLine("  " + Described(fetches) + $"; shown at {milliseconds:0} ms");
            timings.Add(milliseconds);
            Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
        }
        var median = timings.Order().ElementAt(timings.Count / 2);
        output.WriteLine($"median {median:0} ms");
        Assert.True(median <= 300, $"median {median:0} ms: {string.Join(", ", timings.Select(t => t.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.All(timings, t => Assert.True(t < 1000, $"{t:0} ms"));
    }

    /// <summary>One index fetch after the query was typed, in ms after the input event; only those before the first result showed.</summary>
    private sealed record Fetch(string Name, double Start, double End)
    {
        // Index pieces sit under the index's version, /search/<version>/t/1.json (shards) and …/d/1.json (chunks):
        // the folder under the version, or "" for the manifest; null for anything that is not the index.
        public string? Piece => Name.IndexOf("/search/", StringComparison.Ordinal) is >= 0 and var at
            ? Name[(at + "/search/".Length)..].Split('/') is [_, var folder, _] ? folder : ""
            : null;
    }

    /// <summary>Each fetch as "path: requested → received" in ms after the input event, so a slow run shows where it waited.</summary>
    private static string Described(IEnumerable<Fetch> fetches) =>
        string.Join(", ", fetches.Select(f => $"{f.Name[(f.Name.IndexOf("/search/", StringComparison.Ordinal) + 1)..]}: {f.Start:0} → {f.End:0}"));

    /// <summary>Types <paramref name="query"/> into a fresh browser (nothing cached) and waits for the first result.</summary>
    private async Task<(double Milliseconds, List<Fetch> Fetches, OpenedVisit Visit)> TypeAsync(string query)
    {
        var context = await site.NewContextAsync();
        var visit = await PageVisit.OpenAsync(context, "/search/");
        await Assertions.Expect(visit.Page.Locator(".search-filters")).ToBeVisibleAsync();
        await visit.Page.EvaluateAsync("""
            () => {
              window.__typed = 0; window.__shown = 0;
              document.getElementById('search-input').addEventListener('input', e => { window.__typed = e.timeStamp; }, { capture: true });
              new MutationObserver(() => { if (!window.__shown && document.querySelector('#search-results li')) window.__shown = performance.now(); })
                .observe(document.getElementById('search-results'), { childList: true });
            }
            """);

        await visit.Page.GetByLabel("Words to find").FillAsync(query);

        await Assertions.Expect(visit.Page.Locator("#search-results li").First).ToBeVisibleAsync();
        var milliseconds = await visit.Page.EvaluateAsync<double>("() => window.__shown - window.__typed");
        var fetches = await visit.Page.EvaluateAsync<string>("""
            () => JSON.stringify(performance.getEntriesByType('resource')
              .filter(e => e.startTime >= window.__typed && e.responseEnd <= window.__shown)
              .map(e => ({ Name: e.name, Start: e.startTime - window.__typed, End: e.responseEnd - window.__typed })))
            """);
        return (milliseconds, [.. System.Text.Json.JsonSerializer.Deserialize<Fetch[]>(fetches)!], new OpenedVisit(context, visit));
    }

    /// <summary>A visit and its browser context, closed together.</summary>
    private sealed record OpenedVisit(IBrowserContext Context, PageVisit Visit) : IAsyncDisposable
    {
        public IPage Page => Visit.Page;

        public IReadOnlyList<string> Problems => Visit.Problems;

        public ValueTask DisposeAsync() => Context.DisposeAsync();
    }

    /// <summary>The page loads the manifest only; a query then reads a few shards and chunks, never a whole index.</summary>
    [ProductCorpusFact]
    public async Task A_two_word_query_reads_the_manifest_a_few_shards_and_the_chunks_of_the_results_shown()
    {
        await using var context = await site.NewContextAsync();
        var sizes = new List<(string Url, long Bytes)>();
        context.RequestFinished += async (_, request) =>
        {
            if (request.Url.Contains("/search/", StringComparison.Ordinal) && request.Url.EndsWith(".json", StringComparison.Ordinal))
            {
                var size = await request.SizesAsync();
                lock (sizes)
                {
                    sizes.Add((new Uri(request.Url).AbsolutePath, size.ResponseBodySize));
                }
            }
        };
        var visit = await PageVisit.OpenAsync(context, "/search/");
        await Assertions.Expect(visit.Page.Locator(".search-filters")).ToBeVisibleAsync();
        var onLoad = sizes.Select(s => s.Url).ToList();

        await visit.Page.GetByLabel("Words to find").FillAsync("border ceasefire");
        await Assertions.Expect(visit.Page.Locator("#search-results li")).ToHaveCountAsync(10);
        await visit.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(["/search/index.json"], onLoad);
        long Bytes(string folder) { lock (sizes) { return sizes.Where(s => s.Url.Contains(folder, StringComparison.Ordinal)).Sum(s => s.Bytes); } }
        var manifest = Bytes("/search/index.json");
        output.WriteLine($"manifest {manifest} B, shards {Bytes("/t/")} B, result chunks {Bytes("/d/")} B");
        Assert.True(manifest < 4 * 1024, $"manifest {manifest} B");
        Assert.True(manifest + Bytes("/t/") < 100 * 1024, $"manifest and shards {manifest + Bytes("/t/")} B");
        Assert.True(Bytes("/d/") < 40 * 1024, $"chunks of ten results {Bytes("/d/")} B");
    }

    /// <summary>
    /// The first result shows as soon as its own chunk is in, not when the slowest of the page's chunks is: with every
    /// other chunk held back, the first result is on screen while the list is still aria-busy, and the page fills in
    /// order once the rest arrive. A first visit finds which chunk holds the first result.
    /// </summary>
    [ProductCorpusFact]
    public async Task The_first_result_shows_before_the_other_chunks_of_its_page_arrive()
    {
        const string Query = "border ceasefire";
        var (firstChunk, expected) = await FirstResultChunkAsync(Query);
        await using var context = await site.NewContextAsync();
        var held = new TaskCompletionSource();
        await context.RouteAsync("**/search/*/d/*.json", async route =>
        {
            if (new Uri(route.Request.Url).AbsolutePath != firstChunk)
            {
                await held.Task;
            }
            await route.ContinueAsync();
        });
        var visit = await PageVisit.OpenAsync(context, "/search/");
        await Assertions.Expect(visit.Page.Locator(".search-filters")).ToBeVisibleAsync();

        await visit.Page.GetByLabel("Words to find").FillAsync(Query);
        var links = visit.Page.Locator("#search-results h2 a");
        await Assertions.Expect(links.First).ToHaveAttributeAsync("href", expected[0]);
        var shownEarly = await links.CountAsync();
        var busy = await visit.Page.Locator("#search-results").GetAttributeAsync("aria-busy");
        held.SetResult();

        Assert.InRange(shownEarly, 1, 9);
        Assert.Equal("true", busy);
        await visit.SearchResultsFilledAsync();
        Assert.Equal(expected, await PageVisit.HrefsAsync(links));
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    /// <summary>
    /// A second page whose chunks cannot be read keeps the results already shown, says so in the status, leaves the
    /// list no longer busy and offers the rest again; the button then shows them once the chunks can be read, in the
    /// order a visit that never failed shows them, and the status goes back to the count.
    /// </summary>
    [ProductCorpusFact]
    public async Task A_second_page_that_fails_to_load_says_so_and_can_be_tried_again()
    {
        const string Query = "border ceasefire";
        var expected = await TwoPagesAsync(Query);
        await using var context = await site.NewContextAsync();
        var failing = 0;
        var failed = 0;
        await context.RouteAsync("**/search/*/d/*.json", async route =>
        {
            if (Volatile.Read(ref failing) == 1)
            {
                Interlocked.Increment(ref failed);
                await route.AbortAsync();
                return;
            }
            await route.ContinueAsync();
        });
        var visit = await PageVisit.OpenAsync(context, "/search/");
        await Assertions.Expect(visit.Page.Locator(".search-filters")).ToBeVisibleAsync();
        await visit.Page.GetByLabel("Words to find").FillAsync(Query);
        var links = visit.Page.Locator("#search-results h2 a");
        var status = visit.Page.Locator("#search-status");
        await Assertions.Expect(links).ToHaveCountAsync(10);
        await visit.SearchResultsFilledAsync();
        var summary = await status.TextContentAsync();

        Volatile.Write(ref failing, 1);
        await visit.Page.GetByRole(AriaRole.Button, new() { Name = "Show 10 more" }).ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Some results could not be loaded");
        Assert.True(Volatile.Read(ref failed) > 0, "the second page asked for no chunk of its own: the test needs another query");
        await visit.SearchResultsFilledAsync();
        Assert.InRange(await links.CountAsync(), 10, 19);

        Volatile.Write(ref failing, 0);
        await visit.Page.Locator(".search-more").ClickAsync();
        await Assertions.Expect(links).ToHaveCountAsync(20);
        await visit.SearchResultsFilledAsync();
        await Assertions.Expect(status).ToHaveTextAsync(summary!);
        Assert.Equal(expected, await PageVisit.HrefsAsync(links));
    }

    /// <summary>The hrefs of the first two pages of <paramref name="query"/>'s results, in a visit where every chunk loads.</summary>
    private async Task<string[]> TwoPagesAsync(string query)
    {
        await using var context = await site.NewContextAsync();
        var visit = await PageVisit.OpenAsync(context, "/search/?q=" + Uri.EscapeDataString(query));
        var links = visit.Page.Locator("#search-results h2 a");
        await Assertions.Expect(links).ToHaveCountAsync(10);
        await visit.Page.GetByRole(AriaRole.Button, new() { Name = "Show 10 more" }).ClickAsync();
        await Assertions.Expect(links).ToHaveCountAsync(20);
        await visit.SearchResultsFilledAsync();
        return await PageVisit.HrefsAsync(links);
    }

    /// <summary>The path of the chunk that holds the first result of <paramref name="query"/>, and the hrefs of its first page.</summary>
    private async Task<(string Chunk, string[] Hrefs)> FirstResultChunkAsync(string query)
    {
        await using var context = await site.NewContextAsync();
        var visit = await PageVisit.OpenAsync(context, "/search/?q=" + Uri.EscapeDataString(query));
        await Assertions.Expect(visit.Page.Locator("#search-results h2 a")).ToHaveCountAsync(10);
        await visit.SearchResultsFilledAsync();
        var hrefs = await PageVisit.HrefsAsync(visit.Page.Locator("#search-results h2 a"));
        var chunks = await visit.Page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => p.includes('/d/'))");
        foreach (var chunk in chunks)
        {
            var text = await (await context.APIRequest.GetAsync(chunk)).TextAsync();
            if (text.Contains('"' + hrefs[0] + '"', StringComparison.Ordinal))
            {
                return (chunk, hrefs);
            }
        }
        throw new Xunit.Sdk.XunitException($"no chunk of {string.Join(", ", chunks)} holds {hrefs[0]}");
    }
}
