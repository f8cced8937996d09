using System.Globalization;
using System.Net;
using Briefing.Cli.Reporting;
using Briefing.Core.Build;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Cli.Preview;

/// <summary>What <c>serve</c> was asked for: the build's folders, where to listen, and how the watcher waits.</summary>
public sealed record PreviewSettings(BuildOptions Build, string Host, int Port)
{
    public WatchTiming Timing { get; init; } = WatchTiming.Default;
}

/// <summary>
/// The preview server: builds the site in memory, serves it with Kestrel, rebuilds when
/// <c>input/</c> or <c>theme/</c> change and tells every open tab to reload.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly CliContext _context;
    private readonly PreviewSite _site;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SiteWatcher _watcher;
    private WebApplication? _app;

    private PreviewServer(PreviewSettings settings, CliContext context)
    {
        _context = context;
        _site = new PreviewSite(settings.Build);
        _watcher = new SiteWatcher([settings.Build.InputDirectory, settings.Build.ThemeDirectory], settings.Timing, OnChange);
    }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public LiveReloadHub Hub { get; } = new();

    public SiteSnapshot Current => _site.Current;

    /// <summary>Raised after every rebuild has been published and announced; for tests and benchmarks.</summary>
    public event Action<RebuildReport>? Rebuilt;

    public static async Task<PreviewServer> StartAsync(PreviewSettings settings, CliContext context, CancellationToken token = default)
    {
        var server = new PreviewServer(settings, context);
        await server.StartCoreAsync(settings, token);
        return server;
    }

    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }
        _stopping.Cancel();
        _watcher.Dispose();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        _stopping.Dispose();
    }

    private async Task StartCoreAsync(PreviewSettings settings, CancellationToken token)
    {
        var listen = ListenAddress.Parse(settings.Host);
        Report(BuildProgressDisplay.Run(_context, progress => _site.Rebuild([SiteWatcher.Everything], progress)), first: true);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "briefing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = 16 * 1024;
            kestrel.Listen(listen.Address, settings.Port);
        });
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        _app = builder.Build();
        var requests = new PreviewRequests(() => _site.Current, Hub, listen.AllowedHosts, _stopping.Token);
        _app.Run(requests.HandleAsync);
        await _app.StartAsync(token);
        var bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        _watcher.Start();
        foreach (var warning in _watcher.Warnings)
        {
            _context.Error.WriteLine($"warning: {warning}");
        }
        if (!listen.IsLoopback)
        {
            _context.Error.WriteLine($"warning: serving on {settings.Host}: anyone who can reach this machine can read the preview, drafts included");
        }
    }

    private void OnChange(IReadOnlyCollection<string> changed)
    {
        var report = _site.Rebuild(changed);
        Hub.Broadcast(report.Next.Stamp);
        Rebuilt?.Invoke(report);
        Report(report, first: false);
    }

    private void Report(RebuildReport report, bool first)
    {
        var snapshot = report.Next;
        var milliseconds = report.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (snapshot.Failed)
        {
            var reporter = new DiagnosticReporter(_context);
            reporter.Print(snapshot.Diagnostics);
            var errors = snapshot.Errors.Count();
            _context.Error.WriteLine($"Build failed ({(errors == 1 ? "1 error" : $"{errors} errors")}, shown in the browser too); {(snapshot.HasSite ? "still serving the last good build" : "nothing to serve until it is fixed")}.");
            return;
        }
        new DiagnosticReporter(_context).Print(snapshot.Diagnostics);
        var pages = snapshot.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        _context.Out.WriteLine(first
            ? $"Built {pages} pages ({snapshot.Files.Count} files) in memory in {milliseconds} ms"
            : $"Rebuilt in {milliseconds} ms: {report.ChangedFiles()} of {snapshot.Files.Count} files changed; reloading {Hub.ClientCount} open tab(s)");
    }
}

/// <summary>The address <c>--host</c> names, and which Host headers it answers (loopback answers loopback names only).</summary>
public sealed record ListenAddress(IPAddress Address, bool IsLoopback, IReadOnlySet<string>? AllowedHosts)
{
    private static readonly IReadOnlySet<string> LoopbackNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "localhost", "127.0.0.1", "[::1]", "::1" };

    public static ListenAddress Parse(string host)
    {
        var address = host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : IPAddress.TryParse(host, out var parsed) ? parsed
            : throw new ArgumentException($"--host '{host}' is not an IP address; use 127.0.0.1 (the default), ::1, or 0.0.0.0 to serve every interface");
        var loopback = IPAddress.IsLoopback(address);
        return new ListenAddress(address, loopback, loopback ? LoopbackNames : null);
    }
}
