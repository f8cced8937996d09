using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Briefing.Cli.Tests.Preview;

/// <summary>
/// 5,000 requests from 20 clients at once while an author keeps saving: no server error, and no
/// page mixes two builds. Every save writes a new number into the briefing's title, which shows
/// on the briefing's page and on the home page; every served page names its build. If one build
/// ever showed two numbers, a response mixed two builds.
/// </summary>
public sealed partial class LoadTests(ITestOutputHelper output)
{
    private const int Clients = 20;
    private const int RequestsPerClient = 250;
    private static readonly string[] Paths = [ServeHarness.BriefingUrl, "", "about/", "briefings/", "no-such-page/", "briefings"];

    [Fact]
    public async Task Concurrent_requests_during_edits_get_no_server_error_and_no_mixed_build()
    {
        await using var serve = await ServeHarness.StartAsync();
        var original = serve.Read(ServeHarness.BriefingFile);
        var titleByBuild = new ConcurrentDictionary<string, ConcurrentBag<string>>();
        var statuses = new ConcurrentDictionary<int, int>();
        using var editing = new CancellationTokenSource();
        var editor = Task.Run(() => EditAsync(serve, original, editing.Token));

        var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(() => ClientAsync(serve, c, titleByBuild, statuses))).ToArray();
        await Task.WhenAll(clients).WaitAsync(TimeSpan.FromMinutes(3));
        await editing.CancelAsync();
        var saves = await editor;

        var total = statuses.Values.Sum();
        var mixed = titleByBuild.Where(b => b.Value.Distinct().Count() > 1).Select(b => $"{b.Key}: {string.Join(", ", b.Value.Distinct())}").ToList();
        output.WriteLine($"requests: {total}; by status: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; saves: {saves}; builds seen: {titleByBuild.Count}; mixed builds: {mixed.Count}");
        Assert.Equal(Clients * RequestsPerClient, total);
        Assert.DoesNotContain(statuses.Keys, s => s >= 500);
        Assert.Empty(mixed);
        Assert.True(titleByBuild.Count > 1, "the edits never reached the server while it was under load");
    }

    private static async Task ClientAsync(ServeHarness serve, int client, ConcurrentDictionary<string, ConcurrentBag<string>> titleByBuild, ConcurrentDictionary<int, int> statuses)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; i < RequestsPerClient; i++)
        {
            var path = Paths[(client + i) % Paths.Length];
            using var response = await http.GetAsync(serve.Url(path));
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            var html = await response.Content.ReadAsStringAsync();
            if (path is ServeHarness.BriefingUrl or "" && TitlePattern().Match(html) is { Success: true } title)
            {
                titleByBuild.GetOrAdd(ServeHarness.StampOf(html), _ => []).Add(title.Groups["n"].Value);
            }
        }
    }

    private static async Task<int> EditAsync(ServeHarness serve, string original, CancellationToken token)
    {
        var saves = 0;
        while (!token.IsCancellationRequested)
        {
            saves++;
            serve.Write(ServeHarness.BriefingFile, original.Replace("title: \"First Light\"", $"title: \"Light number {saves}\"", StringComparison.Ordinal));
            try
            {
                await Task.Delay(40, token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return saves;
    }

    [GeneratedRegex(">Light number (?<n>[0-9]+)<")]
    private static partial Regex TitlePattern();
}
