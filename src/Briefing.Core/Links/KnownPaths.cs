namespace Briefing.Core.Links;

/// <summary>
/// The files a build's jobs will write, known before any page is rendered. A link of the plainest kind to one of them
/// (<c>/events/x/</c>: root-relative, no anchor) works on every page, whatever else the build makes, so a build that
/// keeps nothing for a next one settles it while scanning the page instead of keeping it for the check. At 100,000
/// events most links are of this kind (every listing page links to its events), and each one kept was a string looked
/// up in the build's pool, an entry in the page's list, and a second lookup when checked.
/// </summary>
public sealed class KnownPaths
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _paths;

    /// <param name="outputPaths">Output paths (<c>events/x/index.html</c>) of files the build is certain to write.</param>
    public KnownPaths(IEnumerable<string> outputPaths)
    {
        _paths = new HashSet<string>(outputPaths, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Longer paths are rare, and left to the check.
    private const int MaxPathLength = 512;

    private const string Index = "index.html";

    /// <summary>
    /// True when <paramref name="url"/> (as written in the page, with no entity to decode) is a root-relative link
    /// <see cref="LinkTarget"/> reads plainly, with no anchor, to one of the paths: one <see cref="LinkRules"/> would
    /// pass. False says only that the check must judge it.
    /// </summary>
    public bool Works(ReadOnlySpan<char> url)
    {
        if (url.Length is 0 or > MaxPathLength || url[0] != '/' || url.StartsWith("//") || url.Contains('#')
            || url.IndexOfAny(LinkTarget.NeedsUri) >= 0 || url.Contains("/.", StringComparison.Ordinal))
        {
            return false;
        }
        var path = url[1..];
        if (path.Length > 0 && path[^1] != '/')
        {
            return _paths.Contains(path);
        }
        Span<char> folder = stackalloc char[path.Length + Index.Length];
        path.CopyTo(folder);
        Index.CopyTo(folder[path.Length..]);
        return _paths.Contains(folder);
    }
}
