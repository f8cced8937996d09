using Briefing.Core.Text;

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

    /// <summary>
    /// Relative, forward slashes, no empty, dot or dot-dot segments, no control character, backslash,
    /// colon or percent sign (an encoded separator), no segment over 255 UTF-8 bytes or named like a device.
    /// </summary>
    public static bool IsSafe(string sitePath) =>
        sitePath.Length > 0
        && !sitePath.StartsWith('/')
        && !sitePath.Any(c => c < ' ' || c is '\\' or ':' or '%' or '\u007F')
        && sitePath.Split('/').All(IsSafeSegment);

    private static bool IsSafeSegment(string segment) =>
        segment.Length > 0
        && System.Text.Encoding.UTF8.GetByteCount(segment) <= MaxSegmentBytes
        && segment is not "." and not ".."
        && !ReservedNames.IsDevice(segment);

    /// <summary>The longest file name Linux, macOS and Windows file systems all accept.</summary>
    public const int MaxSegmentBytes = 255;
}
