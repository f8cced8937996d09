namespace Briefing.Core.Checks;

/// <summary>
/// Where an internal link goes: the file under <c>output/</c> it names and the anchor, if any.
/// Pure: resolution needs only the page the link is on and the site's base URL.
/// </summary>
public sealed record LinkTarget(string OutputPath, string? Fragment)
{
    private static readonly Uri Root = new("https://site.invalid/");

    /// <summary>
    /// Resolves <paramref name="url"/>, found on the page at <paramref name="pagePath"/> (an output path such as
    /// <c>briefings/x/index.html</c>). Returns null for links that leave the site: other hosts, <c>mailto:</c> and the like.
    /// Absolute links to <paramref name="baseUrl"/> (canonical links) count as internal.
    /// </summary>
    public static LinkTarget? Resolve(string pagePath, string url, string baseUrl)
    {
        if (baseUrl.Length > 0 && url.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            url = "/" + url[baseUrl.Length..];
        }
        if (url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
        {
            return null;
        }
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
