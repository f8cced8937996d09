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
    public static bool IsSafe(string sitePath)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        if (sitePath.Length == 0 || sitePath[0] == '/' || sitePath.AsSpan().IndexOfAny(Refused) >= 0)
        {
            return false;
        }
        // Segment by segment, in place: every file of every build passes here (17,000 in a serve rebuild, 170,000 in a
        // build of 100,000 events), and splitting each path made an array and a string per segment.
        foreach (var range in sitePath.AsSpan().Split('/'))
        {
            if (!IsSafeSegment(sitePath.AsSpan()[range]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsSafeSegment(ReadOnlySpan<char> segment) =>
        segment.Length > 0
        && System.Text.Encoding.UTF8.GetByteCount(segment) <= MaxSegmentBytes
        && !segment.SequenceEqual(".") && !segment.SequenceEqual("..")
        && !ReservedNames.IsDevice(segment);

    // Control characters, DEL, and the characters that could act as a separator on some system or encode one.
    private static readonly System.Buffers.SearchValues<char> Refused = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\\:%\u007F");

    /// <summary>The longest file name Linux, macOS and Windows file systems all accept.</summary>
    public const int MaxSegmentBytes = 255;
}
