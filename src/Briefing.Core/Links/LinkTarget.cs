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
    /// The links templates and Markdown make nearly always: <c>/path/</c>, <c>#anchor</c> or a path relative to the
    /// page (<c>../other/</c>), with nothing to unescape or normalise. Read directly, since building two
    /// <see cref="Uri"/>s a link was most of the link check's time; anything else (null here) goes through
    /// <see cref="ResolveWithUri"/>.
    /// </summary>
    private static LinkTarget? ResolvePlain(string pagePath, string url)
    {
        if (url.AsSpan().IndexOfAny(NeedsUri) >= 0)
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
        if (fragment?.Contains('#', StringComparison.Ordinal) == true)
        {
            return null;
        }
        var target = path[0] == '/'
            ? (path.Contains("/.", StringComparison.Ordinal) ? null : path[1..])
            : Relative(pagePath, path);
        return target is null ? null : new LinkTarget(target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target, fragment);
    }

    // A relative path against the page's folder, each leading "../" one folder up: the peer corpus's links between
    // posts, which Uri resolved at 4 % of a 10,000-page build's CPU. Null, for Uri to decide, on any other dot
    // segment, a climb above the root, or a page path Uri would escape.
    private static string? Relative(string pagePath, string path) =>
        RelativeParts(pagePath, path, out var folder, out var rest) ? string.Concat(folder, rest) : null;

    /// <summary>
    /// A relative path read against the page's folder: the folder it lands in after each leading <c>../</c>, and the
    /// rest of the path, to be joined. False, for <see cref="Uri"/> to decide, on any other dot segment, a climb above
    /// the root, or a page path Uri would escape. <see cref="KnownPaths"/> reads relative links the same way.
    /// </summary>
    internal static bool RelativeParts(string pagePath, ReadOnlySpan<char> path, out ReadOnlySpan<char> folder, out ReadOnlySpan<char> rest)
    {
        folder = default;
        rest = default;
        if (pagePath.AsSpan().IndexOfAny(NeedsUri) >= 0 || pagePath.Contains("/.", StringComparison.Ordinal))
        {
            return false;
        }
        folder = pagePath.AsSpan(0, pagePath.LastIndexOf('/') + 1);
        rest = path;
        while (rest.StartsWith("../"))
        {
            if (folder.Length == 0)
            {
                return false;
            }
            folder = folder[..(folder[..^1].LastIndexOf('/') + 1)];
            rest = rest[3..];
        }
        return !rest.StartsWith('.') && !rest.Contains("/.", StringComparison.Ordinal);
    }

    // Escapes, queries, backslashes, spaces and anything outside printable ASCII: Uri's rules apply to these.
    internal static readonly System.Buffers.SearchValues<char> NeedsUri = System.Buffers.SearchValues.Create(
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
