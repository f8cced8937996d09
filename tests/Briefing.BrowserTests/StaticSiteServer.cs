using System.Net;
using Briefing.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.BrowserTests;

/// <summary>
/// Serves a built site on a free loopback port the way Netlify would: folder URLs get their
/// <c>index.html</c>, a missing file gets <c>404.html</c> with status 404, and every response carries
/// the headers <c>netlify.toml</c> gives its path (the Content-Security-Policy among them).
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;
    private readonly NetlifyConfig _netlify;

    private StaticSiteServer(WebApplication app, string root, NetlifyConfig netlify)
    {
        _app = app;
        _root = Path.GetFullPath(root);
        _netlify = netlify;
    }

    public string BaseUrl { get; private set; } = "";

    public static async Task<StaticSiteServer> StartAsync(string root, NetlifyConfig netlify)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new StaticSiteServer(app, root, netlify);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/') + "/";
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var file = Resolve(path);
        if (file is null && Resolve(path + "/") is not null)
        {
            context.Response.StatusCode = 301;
            context.Response.Headers.Location = path + "/";
            return;
        }
        context.Response.StatusCode = file is null ? 404 : 200;
        file ??= Path.Combine(_root, "404.html");
        context.Response.ContentType = ContentType(file);
        foreach (var (name, value) in _netlify.HeadersFor(path))
        {
            context.Response.Headers[name] = value;
        }
        await context.Response.SendFileAsync(file);
    }

    /// <summary>The file a URL path names inside the site, or null; nothing outside the site's folder is ever served.</summary>
    private string? Resolve(string urlPath)
    {
        if (urlPath.Split('/').Any(s => s is ".." or "." || s.Contains('\\', StringComparison.Ordinal)))
        {
            return null;
        }
        var relative = urlPath.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(_root, relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
