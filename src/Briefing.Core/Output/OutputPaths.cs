namespace Briefing.Core.Output;

/// <summary>Maps a site path to a file under the output root, refusing any path that would land outside it.</summary>
public static class OutputPaths
{
    public static string Resolve(string root, string sitePath)
    {
        if (!IsSafe(sitePath))
        {
            throw new InvalidOperationException($"refusing to write '{sitePath}': it is not a plain relative path inside the output folder");
        }
        var full = Path.GetFullPath(Path.Combine(root, sitePath));
        var rootWithSeparator = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{sitePath}': it resolves outside the output folder");
        }
        return full;
    }

    /// <summary>Relative, forward slashes, no empty, dot or dot-dot segments, no NUL, backslash or colon.</summary>
    public static bool IsSafe(string sitePath) =>
        sitePath.Length > 0
        && !sitePath.StartsWith('/')
        && sitePath.IndexOfAny(['\0', '\\', ':']) < 0
        && sitePath.Split('/').All(segment => segment.Length is > 0 and <= 255 && segment is not "." and not "..");
}
