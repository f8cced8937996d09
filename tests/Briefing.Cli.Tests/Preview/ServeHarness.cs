using System.Text.RegularExpressions;
using Briefing.Cli.Preview;
using Briefing.Core.Build;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Preview;

/// <summary>
/// A preview server on a free loopback port, serving a temporary copy of the fixture site
/// <c>tests/fixtures/50-serve</c> with the repository's theme, which tests edit while it runs.
/// </summary>
internal sealed partial class ServeHarness : IAsyncDisposable
{
    public const string BriefingFile = "input/briefings/first-light/v1.md";
    public const string BriefingUrl = "briefings/first-light/";
    public const string EventFile = "input/events/2025-03-05-first-light-observed.md";
    public const string EventUrl = "events/first-light-observed/";

    private readonly TempDirectory _root = new();

    private ServeHarness()
    {
        _root.CopyFrom(Path.Combine(RepoPaths.Fixture("50-serve"), "input"), "input");
        _root.CopyFrom(RepoPaths.Theme, "theme");
        Client = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
    }

    public PreviewServer Server { get; private set; } = null!;

    public HttpClient Client { get; }

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public string Root => _root.Path;

    public Uri Url(string path) => new(Server.Address, path);

    /// <param name="terminal">Standard error as a terminal, to see the first build's progress drawn live; null for plain lines.</param>
    public static async Task<ServeHarness> StartAsync(Spectre.Console.IAnsiConsole? terminal = null)
    {
        var harness = new ServeHarness();
        var options = new BuildOptions(harness._root.Combine("input"), harness._root.Combine("theme"), harness._root.Combine("output"), harness._root.Path);
        var settings = new PreviewSettings(options, "127.0.0.1", 0)
        {
            Timing = new WatchTiming(TimeSpan.FromMilliseconds(30), TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(250)),
        };
        var context = new CliContext(TextWriter.Synchronized(harness.Out), TextWriter.Synchronized(harness.Error), harness._root.Path) { Terminal = terminal };
        harness.Server = await PreviewServer.StartAsync(settings, context);
        return harness;
    }

    public string Read(string relative) => File.ReadAllText(_root.Combine(relative.Split('/')));

    public void Write(string relative, string text) => File.WriteAllText(_root.Combine(relative.Split('/')), text);

    public void Edit(string relative, Func<string, string> change) => Write(relative, change(Read(relative)));

    public async Task<string> GetTextAsync(string path)
    {
        using var response = await Client.GetAsync(Url(path));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The build a served page came from, from the stamp on the reload script's tag.</summary>
    public static string StampOf(string html) =>
        StampPattern().Match(html) is { Success: true } m ? m.Groups["stamp"].Value : throw new Xunit.Sdk.XunitException("no build stamp in the page");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        _root.Dispose();
    }

    [GeneratedRegex("<script src=\"/_briefing/live.js\" data-stamp=\"(?<stamp>[^\"]+)\"")]
    private static partial Regex StampPattern();
}
