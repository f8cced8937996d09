using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Briefing.Cli.Preview;

/// <summary>
/// Answers every request from the current snapshot and the server's own files: nothing is ever
/// read from disk, so no URL can reach a file outside the built site. Folder URLs serve their
/// <c>index.html</c>; a miss serves the site's 404 page; a refused target gets a bare 404.
/// </summary>
public sealed class PreviewRequests(Func<SiteSnapshot> current, LiveReloadHub hub, IReadOnlySet<string>? allowedHosts, CancellationToken stopping)
{
    /// <summary>The preview's CSP: the publication's rule (no inline script or style), so a page that breaks it breaks here first.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        if (!IsAllowedHost(context.Request.Host.Host))
        {
            await BareAsync(context, StatusCodes.Status404NotFound, "Not found\n");
            return;
        }
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await BareAsync(context, StatusCodes.Status405MethodNotAllowed, "Only GET and HEAD\n");
            return;
        }
        var path = RequestPath.Parse(context.Features.Get<IHttpRequestFeature>()?.RawTarget);
        if (path is null)
        {
            await BareAsync(context, StatusCodes.Status404NotFound, "Not found\n");
            return;
        }
        var snapshot = current();
        if (path == ClientFiles.EventsPath)
        {
            await hub.StreamAsync(context, snapshot.Stamp, stopping);
            return;
        }
        if (ClientFiles.TryGet(path, out var clientFile, out var clientType))
        {
            await SendAsync(context, StatusCodes.Status200OK, clientType, clientFile);
            return;
        }
        await ServeSiteAsync(context, snapshot, path);
    }

    private static async Task ServeSiteAsync(HttpContext context, SiteSnapshot snapshot, string path)
    {
        context.Response.Headers["X-Briefing-Build"] = snapshot.Stamp;
        var key = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (snapshot.Find(key) is { } file)
        {
            await SendSiteFileAsync(context, snapshot, StatusCodes.Status200OK, file.Path, file.Content);
        }
        else if (!path.EndsWith('/') && snapshot.Contains(path + "/index.html"))
        {
            // "/briefings" → "/briefings/", so that the page's relative links resolve as they will when published.
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = "/" + path + "/";
        }
        else if (!snapshot.HasSite)
        {
            await SendSiteFileAsync(context, snapshot, StatusCodes.Status500InternalServerError, "index.html", System.Text.Encoding.UTF8.GetBytes(ErrorOverlay.EmptyPage));
        }
        else if (snapshot.Find("404.html") is { } notFound)
        {
            await SendSiteFileAsync(context, snapshot, StatusCodes.Status404NotFound, notFound.Path, notFound.Content);
        }
        else
        {
            await BareAsync(context, StatusCodes.Status404NotFound, "Not found\n");
        }
    }

    private static Task SendSiteFileAsync(HttpContext context, SiteSnapshot snapshot, int status, string path, byte[] content)
    {
        var type = ContentTypes.For(path);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            var addition = HtmlInjector.ScriptTag(snapshot.Stamp);
            if (snapshot.Failed)
            {
                addition = ErrorOverlay.Html(snapshot.Diagnostics, snapshot.HasSite) + addition;
            }
            content = HtmlInjector.Inject(content, addition);
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }
        return SendAsync(context, status, type, content);
    }

    private static async Task SendAsync(HttpContext context, int status, string type, byte[] content)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(content, context.RequestAborted);
        }
    }

    private static Task BareAsync(HttpContext context, int status, string text) =>
        SendAsync(context, status, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(text));

    // Bound to loopback, only loopback names are answered: a web page cannot read the preview
    // through a DNS name rebound to 127.0.0.1.
    private bool IsAllowedHost(string host) => allowedHosts is null || allowedHosts.Contains(host);
}
