using System.Text;

namespace Briefing.Core.Content;

/// <summary>
/// Where a build that keeps nothing for a next one holds its documents' Markdown between load and model: as UTF-8, packed
/// into large shared blocks. Each file's text was otherwise a string from the moment it was read until the model had
/// rendered its body: at 100,000 events about 590 MB of strings that lived through every collection of load and model,
/// were copied from generation to generation, and died together at the start of the render phase, where compacting them
/// away was its longest pause. Blocks this large are never moved, and each body becomes a string again only to be rendered.
/// Safe to call from many threads.
/// </summary>
public sealed class BodyStore
{
    /// <summary>Large enough to go straight to the large-object heap, whose blocks the collector does not copy.</summary>
    internal const int BlockBytes = 4 << 20;

    private readonly Lock _gate = new();
    private byte[] _block = [];
    private int _used;

    /// <summary>Keeps <paramref name="text"/> and returns where it is.</summary>
    public StoredText Keep(ReadOnlySpan<char> text)
    {
        var stored = Reserve(Encoding.UTF8.GetByteCount(text));
        Encoding.UTF8.GetBytes(text, stored.Block.AsSpan(stored.Start, stored.Length));
        return stored;
    }

    /// <summary>Keeps text that is already UTF-8 (valid: the caller checked) and returns where it is.</summary>
    public StoredText Keep(ReadOnlySpan<byte> utf8)
    {
        var stored = Reserve(utf8.Length);
        utf8.CopyTo(stored.Block.AsSpan(stored.Start, stored.Length));
        return stored;
    }

    // Room for `length` bytes, filled by the caller: each range is handed out once, so filling it needs no lock.
    private StoredText Reserve(int length)
    {
        if (length > BlockBytes / 4)
        {
            // A body this long (the longest source document is 60 kB) gets an array of its own rather than most of a block.
            return new StoredText(new byte[length], 0, length);
        }
        lock (_gate)
        {
            if (length > _block.Length - _used)
            {
                _block = new byte[BlockBytes];
                _used = 0;
            }
            var start = _used;
            _used += length;
            return new StoredText(_block, start, length);
        }
    }
}

/// <summary>A text kept in a <see cref="BodyStore"/>: <see cref="ToString"/> decodes it into a new string.</summary>
public readonly record struct StoredText(byte[] Block, int Start, int Length)
{
    public override string ToString() => Encoding.UTF8.GetString(Block, Start, Length);
}
