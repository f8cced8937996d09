namespace Briefing.Core.Links;

/// <summary>
/// Where an internal link goes: the file under <c>output/</c> it names and the anchor, if any.
/// Pure: resolution needs only the page the link is on and the site's base URL.
/// </summary>
public sealed record LinkTarget(string OutputPath, string? Fragment)
{
    private static readonly Uri Root = new("https://site.invalid/");

    /// <summary>
    /// Resolves <paramref name="url"/>, found on the page at <paramref name="pagePath"/> (an output path such as
    /// <c>briefings/x/index.html</c>). Returns null for links that leave the site: any URL with a scheme
    /// (<c>https:</c>, <c>mailto:</c>) or a host. Absolute links are not checked even when they name the site's
    /// own base URL: the templates make canonical links from page URLs, and an author who writes the full
    /// address may mean a page the site does not build (an old URL kept by the host, a file served beside it).
    /// </summary>
    public static LinkTarget? Resolve(string pagePath, string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
        {
            return null;
        }
        return ResolvePlain(pagePath, url) ?? ResolveWithUri(pagePath, url);
    }

    /// <summary>
    /// The links templates and Markdown make nearly always: <c>/path/</c> or <c>#anchor</c>, with nothing
    /// to unescape or normalise. Read directly, since building two <see cref="Uri"/>s a link was most of
    /// the link check's time; anything else (null here) goes through <see cref="ResolveWithUri"/>.
    /// </summary>
    private static LinkTarget? ResolvePlain(string pagePath, string url)
    {
        if (url.AsSpan().IndexOfAny(NeedsUri) >= 0 || url.Contains("/.", StringComparison.Ordinal))
        {
            return null;
        }
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 || hash == url.Length - 1 ? null : url[(hash + 1)..];
        if (path.Length == 0)
        {
            return new LinkTarget(pagePath, fragment);
        }
        if (path[0] != '/' || fragment?.Contains('#', StringComparison.Ordinal) == true)
        {
            return null;
        }
        path = path[1..];
        return new LinkTarget(path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path, fragment);
    }

    // Escapes, queries, backslashes, spaces and anything outside printable ASCII: Uri's rules apply to these.
    private static readonly System.Buffers.SearchValues<char> NeedsUri = System.Buffers.SearchValues.Create(
        "%?\\ \"<>{}|^`\t\r\n" + string.Concat(Enumerable.Range(0, 32).Select(c => (char)c)) + "\u007f");

    /// <summary>Resolution by <see cref="Uri"/>, the reference for every link <see cref="ResolvePlain"/> declines.</summary>
    internal static LinkTarget? ResolveWithUri(string pagePath, string url)
    {
        if (!Uri.TryCreate(new Uri(Root, pagePath), url, out var resolved) || resolved.Host != Root.Host)
        {
            return null;
        }
        var path = Uri.UnescapeDataString(resolved.AbsolutePath).TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        var fragment = resolved.Fragment.Length > 1 ? Uri.UnescapeDataString(resolved.Fragment[1..]) : null;
        return new LinkTarget(path, fragment);
    }

    // A scheme is letters, digits, '+', '-' or '.', then ':' before any '/', '?' or '#'.
    private static bool HasScheme(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return i > 0;
            }
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }
        return false;
    }
}
