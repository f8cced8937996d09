using Xunit.Abstractions;

namespace Briefing.Cli.Tests.Preview;

/// <summary>Requests aimed outside the site get 404 and never a file, whatever the encoding.</summary>
public sealed class TraversalTests(ITestOutputHelper output)
{
    private const string Secret = "SECRET-NOT-PART-OF-THE-SITE";

    /// <summary>Each is sent byte for byte as written, from the root and from inside a folder of the site.</summary>
    public static readonly string[] Attacks =
    [
        "/../secret.txt", "/../../../../etc/passwd", "/briefings/../../secret.txt", "/briefings/../index.html",
        "/./index.html", "/briefings/./first-light/", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt", "/..%2Fsecret.txt", "/briefings%2f..%2f..%2fsecret.txt", "/%252e%252e/secret.txt",
        "/..%5csecret.txt", "/..\\secret.txt", "/briefings\\..\\..\\secret.txt", "/%5c..%5csecret.txt",
        "/.%2e/secret.txt", "/%2e./secret.txt", "/..;/secret.txt", "/%c0%ae%c0%ae/secret.txt", "/%uff0e%uff0e/secret.txt",
        "//etc/passwd", "///secret.txt", "/C:/Windows/win.ini", "/c:%5cwindows%5cwin.ini", "/input/site.yml",
        "/../input/site.yml", "/theme/layouts/base.sbn", "/secret.txt%00.html", "/index.html%00", "/%00",
        "http://127.0.0.1/../secret.txt", "file:///etc/passwd", "/\u0001/index.html",
        "/" + new string('a', 3000), "/briefings/" + string.Concat(Enumerable.Repeat("../", 1000)) + "secret.txt",
        "/" + string.Concat(Enumerable.Repeat("%2e%2e/", 400)) + "etc/passwd",
    ];

    /// <summary>
    /// Targets Kestrel's own request parser rejects with 400 before any of the server's code runs:
    /// an encoded NUL, and absolute-form targets. They are refused all the same, with no file.
    /// </summary>
    public static readonly string[] RejectedByKestrel =
        ["/secret.txt%00.html", "/index.html%00", "/%00", "http://127.0.0.1/../secret.txt", "file:///etc/passwd"];

    [Fact]
    public async Task Every_traversal_attempt_gets_404_and_no_file()
    {
        await using var serve = await ServeHarness.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(serve.Root, "secret.txt"), Secret);
        var refused = 0;
        var failures = new List<string>();
        foreach (var target in Attacks)
        {
            var (status, body) = await RawHttp.GetAsync(serve.Server.Address, target);
            var leaked = body.Contains(Secret, StringComparison.Ordinal) || body.Contains("root:x:0:0", StringComparison.Ordinal)
                || body.Contains("base_url:", StringComparison.Ordinal) || body.Contains("{{", StringComparison.Ordinal);
            var expected = RejectedByKestrel.Contains(target) ? 400 : 404;
            if (status == expected && !leaked)
            {
                refused++;
            }
            else
            {
                failures.Add($"{status} {(leaked ? "LEAKED " : "")}{Shorten(target)}");
            }
        }
        output.WriteLine($"traversal attempts refused: {refused}/{Attacks.Length} ({Attacks.Length - RejectedByKestrel.Length} with 404 by the server, {RejectedByKestrel.Length} with 400 by Kestrel's parser); files leaked: 0 expected");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Site_pages_are_still_served_beside_the_refusals()
    {
        await using var serve = await ServeHarness.StartAsync();

        Assert.Equal(200, (await RawHttp.GetAsync(serve.Server.Address, "/")).Status);
        Assert.Equal(200, (await RawHttp.GetAsync(serve.Server.Address, "/briefings/first-light/")).Status);
        Assert.Equal(200, (await RawHttp.GetAsync(serve.Server.Address, "/briefings/first-light/?utm=x")).Status);
        Assert.Equal(301, (await RawHttp.GetAsync(serve.Server.Address, "/briefings")).Status);
        var missing = await RawHttp.GetAsync(serve.Server.Address, "/no-such-page/");
        Assert.Equal(404, missing.Status);
        Assert.Contains("Page not found", missing.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_foreign_host_name_gets_404_on_loopback()
    {
        await using var serve = await ServeHarness.StartAsync();

        var rebound = await RawHttp.GetAsync(serve.Server.Address, "/", host: "attacker.example");
        var local = await RawHttp.GetAsync(serve.Server.Address, "/", host: $"localhost:{serve.Server.Address.Port}");

        Assert.Equal(404, rebound.Status);
        Assert.Equal(200, local.Status);
    }

    [Fact]
    public async Task Server_listens_on_loopback_by_default()
    {
        await using var serve = await ServeHarness.StartAsync();

        Assert.True(System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(serve.Server.Address.Host)));
    }

    private static string Shorten(string target) => target.Length > 60 ? target[..60] + "…" : target;
}
