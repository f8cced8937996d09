using System.Buffers;
using System.Text;

namespace Briefing.Core.Output;

/// <summary>
/// A page's text as its template wrote it, in a pooled buffer, for the link scan to read before the buffer goes back:
/// the page is kept as UTF-8 bytes, and a string of each page only to scan it once was, at 100,000 events, the largest
/// single thing the render phase allocated.
/// </summary>
public sealed class PageText
{
    private char[]? _chars;
    private readonly int _length;

    /// <summary>Copies <paramref name="text"/> into a pooled buffer.</summary>
    public PageText(StringBuilder text)
    {
        _length = text.Length;
        _chars = ArrayPool<char>.Shared.Rent(_length);
        text.CopyTo(0, _chars, 0, _length);
    }

    /// <summary>The text; only until <see cref="Release"/>.</summary>
    public ReadOnlySpan<char> Span => (_chars ?? throw new ObjectDisposedException(nameof(PageText), "the page's text was released after its link scan")).AsSpan(0, _length);

    /// <summary>The text as the UTF-8 bytes of the page's file.</summary>
    public byte[] Utf8()
    {
        var text = Span;
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    /// <summary>The bytes <see cref="Utf8"/> makes, in a buffer rented from the shared pool: its first <paramref name="length"/> bytes. The caller returns it.</summary>
    internal byte[] RentUtf8(out int length)
    {
        var text = Span;
        // Rented at the most the text can encode to, so the text is read once: counting its bytes first was a second
        // pass over every page (a twelfth of writing a page at 100,000 events).
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        length = Encoding.UTF8.GetBytes(text, buffer);
        return buffer;
    }

    /// <summary>Returns the buffer to the pool; the text cannot be read after this.</summary>
    public void Release()
    {
        if (_chars is { } chars)
        {
            _chars = null;
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
