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
    /// True when <paramref name="url"/> (as written in the page at <paramref name="pagePath"/>, with no entity to decode)
    /// is a link <see cref="LinkTarget"/> reads plainly, with no anchor, to one of the paths: root-relative
    /// (<c>/events/x/</c>) or relative to the page (<c>../x/</c>). Such a link is one <see cref="LinkRules"/> would pass.
    /// False says only that the check must judge it.
    /// </summary>
    public bool Works(ReadOnlySpan<char> url, string pagePath)
    {
        if (url.Length is 0 or > MaxPathLength || url.Contains('#') || url.Contains(':') || url.IndexOfAny(LinkTarget.NeedsUri) >= 0)
        {
            return false;
        }
        if (url[0] == '/')
        {
            return !url.StartsWith("//") && !url.Contains("/.", StringComparison.Ordinal) && Known(ReadOnlySpan<char>.Empty, url[1..]);
        }
        // Relative to the page's folder, read as LinkTarget reads it; anything it leaves to Uri is left to the check.
        return pagePath.Length <= MaxPathLength && LinkTarget.RelativeParts(pagePath, url, out var folder, out var rest) && Known(folder, rest);
    }

    // Whether folder + rest, a folder's own index.html when it ends in '/' or is empty, is one of the paths.
    private bool Known(ReadOnlySpan<char> folder, ReadOnlySpan<char> rest)
    {
        var index = folder.Length + rest.Length == 0 || (rest.Length > 0 ? rest[^1] : folder[^1]) == '/';
        Span<char> path = stackalloc char[folder.Length + rest.Length + (index ? Index.Length : 0)];
        folder.CopyTo(path);
        rest.CopyTo(path[folder.Length..]);
        if (index)
        {
            Index.CopyTo(path[(folder.Length + rest.Length)..]);
        }
        return _paths.Contains(path);
    }
}
