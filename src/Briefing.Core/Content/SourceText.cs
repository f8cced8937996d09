using System.Text;

namespace Briefing.Core.Content;

/// <summary>Decodes file bytes the same way on every machine: strict UTF-8, BOM dropped, LF line endings.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text, or null with the 1-based line of the first invalid byte.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out int invalidLine)
    {
        invalidLine = 0;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        try
        {
            return NormalizeNewlines(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            invalidLine = LineOfFirstInvalidByte(bytes);
            return null;
        }
    }

    /// <summary>CRLF and lone CR become LF, so line numbers mean the same in every editor.</summary>
    public static string NormalizeNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;

    private static int LineOfFirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            var length = Utf8SequenceLength(bytes[i..]);
            if (length == 0)
            {
                return line;
            }
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
            i += length - 1;
        }
        return line;
    }

    private static int Utf8SequenceLength(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes[..Math.Min(4, bytes.Length)], stackalloc char[4], out var read, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status == System.Buffers.OperationStatus.InvalidData && read == 0 ? 0 : Math.Max(read, 1);
    }
}
