using Briefing.Core.Content;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>How a dataset file is put together around its rows: what comes before the first, between two, and after the last.</summary>
public sealed record DatasetLayout(byte[] Head, byte[] Separator, byte[] Tail)
{
    /// <summary>The file: the head, the pieces with the separator between them, the tail.</summary>
    public byte[] Join(IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var length = Head.Length + Tail.Length + (Separator.Length * Math.Max(0, pieces.Count - 1));
        foreach (var piece in pieces)
        {
            length += piece.Length;
        }
        var file = new byte[length];
        var at = Copy(Head, file, 0);
        for (var i = 0; i < pieces.Count; i++)
        {
            at = i > 0 ? Copy(Separator, file, at) : at;
            at = Copy(pieces[i].Span, file, at);
        }
        Copy(Tail, file, at);
        return file;
    }

    private static int Copy(ReadOnlySpan<byte> from, byte[] to, int at)
    {
        from.CopyTo(to.AsSpan(at));
        return at + from.Length;
    }
}

/// <summary>An event as a row of the dataset: its index in the timeline, its front matter, and what its row is made of (<see cref="EventReads.Row"/>).</summary>
public sealed record DatasetEvent(int Index, FrontMatterHead Head, IReadOnlyList<object> Reads);

/// <summary>
/// One dataset file, made of one piece per event (its CSV record or its JSON object), that keeps the last file it
/// made: the next one copies the piece of every event whose row reads what it read then, and encodes only the others.
/// A one-event edit so costs one row and a copy of the file instead of every row. A piece depends only on its event's
/// reads and on the base URL (a row's addresses are absolute), so whoever keeps this between builds keys it by the base URL;
/// the file is then byte for byte the one that encoding every row gives.
/// </summary>
public sealed class DatasetPieces
{
    private readonly Lock _gate = new();
    private byte[] _file = [];
    private DatasetEvent[] _events = [];
    private int[] _starts = [];
    private int[] _lengths = [];

    /// <summary>The file for <paramref name="events"/>, encoding with <paramref name="encode"/> only the rows not in the last file.</summary>
    public byte[] File(IReadOnlyList<DatasetEvent> events, DatasetLayout layout, Func<DatasetEvent, byte[]> encode)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(encode);
        lock (_gate)
        {
            // The very same event object reads the same (the rows' plan keeps it for an unchanged record): a pointer
            // comparison, where hashing each event's head hashed 10,000 paths. The others are compared by value.
            var matches = SameObjects.Match(_events, events);
            Dictionary<FrontMatterHead, int>? unmatched = null;
            var pieces = new ReadOnlyMemory<byte>[events.Count];
            for (var i = 0; i < events.Count; i++)
            {
                var at = matches[i] >= 0 ? matches[i] : Equal(events[i], unmatched ??= Unmatched(matches));
                pieces[i] = at >= 0 ? _file.AsMemory(_starts[at], _lengths[at]) : encode(events[i]);
            }
            var file = layout.Join(pieces);
            Keep(file, events, pieces, layout);
            return file;
        }
    }

    // Last file's pieces that no event took by identity, by head: an event made again from an equal row finds its piece there.
    private Dictionary<FrontMatterHead, int> Unmatched(int[] matches)
    {
        var taken = new bool[_events.Length];
        foreach (var match in matches)
        {
            if (match >= 0)
            {
                taken[match] = true;
            }
        }
        var unmatched = new Dictionary<FrontMatterHead, int>();
        for (var j = 0; j < _events.Length; j++)
        {
            if (!taken[j])
            {
                unmatched.TryAdd(_events[j].Head, j);
            }
        }
        return unmatched;
    }

    private int Equal(DatasetEvent e, Dictionary<FrontMatterHead, int> unmatched) =>
        unmatched.TryGetValue(e.Head, out var at) && RenderJob.SameReads(_events[at].Reads, e.Reads) ? at : -1;

    // Where each piece now sits in the new file, for the next build to copy from.
    private void Keep(byte[] file, IReadOnlyList<DatasetEvent> events, ReadOnlyMemory<byte>[] pieces, DatasetLayout layout)
    {
        var (starts, lengths) = (new int[events.Count], new int[events.Count]);
        var at = layout.Head.Length;
        for (var i = 0; i < events.Count; i++)
        {
            at += i > 0 ? layout.Separator.Length : 0;
            (starts[i], lengths[i]) = (at, pieces[i].Length);
            at += pieces[i].Length;
        }
        _file = file;
        _events = [.. events];
        _starts = starts;
        _lengths = lengths;
    }
}
