using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Briefing.Core.Text;

/// <summary>
/// JSON written into a buffer each thread keeps and reuses, then copied out once: a page's JSON-LD and each row of the
/// events dataset are written 100,000 times in a large build, and a memory stream grown and copied for each was most of
/// what writing them allocated.
/// </summary>
public static class JsonScratch
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>What <paramref name="write"/> writes, as text.</summary>
    public static string Text(JsonWriterOptions options, Action<Utf8JsonWriter> write) =>
        Encoding.UTF8.GetString(Written(options, json =>
        {
            write(json);
            return 0;
        }));

    /// <summary>
    /// What <paramref name="write"/> writes from the offset it returns on (a fragment of a larger document, whose
    /// start it writes first and flushes: the offset is then the writer's <see cref="Utf8JsonWriter.BytesCommitted"/>).
    /// </summary>
    public static byte[] Bytes(JsonWriterOptions options, Func<Utf8JsonWriter, long> write) => Written(options, write).ToArray();

    // The buffer's written span is valid until the thread's next call; callers copy it out first. A call made from inside
    // another's write (none is today) gets a buffer of its own rather than the one being written.
    private static ReadOnlySpan<byte> Written(JsonWriterOptions options, Func<Utf8JsonWriter, long> write)
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(4096);
        t_buffer = null;
        buffer.ResetWrittenCount();
        long start;
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            start = write(json);
        }
        t_buffer = buffer;
        return buffer.WrittenSpan[(int)start..];
    }
}
