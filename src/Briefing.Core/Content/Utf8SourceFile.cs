using System.Text;
using System.Text.Unicode;

namespace Briefing.Core.Content;

/// <summary>
/// A Markdown file split at its front matter while it is still the UTF-8 bytes it was read as, for a build that keeps
/// nothing for a next one (<see cref="SourceFile.Bodies"/>): only the front matter becomes a string, and the body goes
/// into the <see cref="BodyStore"/> as it was read. Decoding every file whole and encoding its body back was most of
/// what the load phase allocated (at 100,000 events, about 1.2 GB of strings that lived only until the split).
/// <para>
/// The quick way gives up, for <see cref="SourceText"/> and the loader's checks to read the file the usual way and
/// report what they find, whenever they might read it differently or have something to say: a carriage return (line
/// endings are normalised), bytes that are not UTF-8, a character <see cref="Text.UnsafeCharacters"/> refuses, or no
/// front matter. Valid UTF-8 decodes to text that encodes back to the same bytes, so the body kept is the body the
/// usual way keeps, and the front matter's text is the text it parses.
/// </para>
/// </summary>
internal static class Utf8SourceFile
{
    /// <summary>The file split at its front matter, or null to read it the usual way.</summary>
    public static SourceFile? TrySplit(string displayPath, ReadOnlySpan<byte> bytes, BodyStore bodies)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        if (MayHaveUnsafeCharacter(bytes) || FrontMatter.Fences(bytes) is not (_, _, var bodyStart) || !Utf8.IsValid(bytes))
        {
            return null;
        }
        var head = Encoding.UTF8.GetString(bytes[..bodyStart]);
        return new SourceFile(displayPath, head) { Bodies = bodies, StoredBody = bodies.Keep(bytes[bodyStart..]) };
    }

    /// <summary>
    /// True when the bytes may hold a carriage return or a character <see cref="Text.UnsafeCharacters"/> refuses: a C0
    /// control but tab and newline, DEL, a C1 control (C2 80–9F) or a bidirectional control (E2 80 AA–AE, E2 81 A6–A9).
    /// Each search is a plain vector comparison. One search for all these bytes at once, two of them beyond ASCII, takes
    /// a shuffle instruction that the native binary's baseline instruction set lacks: it ran a byte at a time there, 3 %
    /// of a 1,000-page build.
    /// </summary>
    internal static bool MayHaveUnsafeCharacter(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOfAnyInRange((byte)0x00, (byte)0x08) >= 0 || bytes.IndexOfAnyInRange((byte)0x0B, (byte)0x1F) >= 0 || bytes.Contains((byte)0x7F))
        {
            return true;
        }
        // C2 and E2 also start common characters (a no-break space, curly quotes, dashes): each is looked at and passed.
        for (var at = bytes.IndexOfAny((byte)0xC2, (byte)0xE2); at >= 0;)
        {
            var rest = bytes[at..];
            if (rest[0] == 0xC2
                ? rest.Length > 1 && rest[1] is >= 0x80 and <= 0x9F
                : rest.Length > 2 && (rest[1] == 0x80 && rest[2] is >= 0xAA and <= 0xAE || rest[1] == 0x81 && rest[2] is >= 0xA6 and <= 0xA9))
            {
                return true;
            }
            var next = rest[1..].IndexOfAny((byte)0xC2, (byte)0xE2);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }
}
