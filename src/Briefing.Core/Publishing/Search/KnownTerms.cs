namespace Briefing.Core.Publishing.Search;

/// <summary>
/// The terms one thread has met, with their numbers in the shared <see cref="TermPool"/>: an open-addressing table of
/// plain arrays, asked once for every word the search index reads (at 10,000 pages, 6 million). The pool is a
/// concurrent table of linked nodes, and a <see cref="Dictionary{TKey, TValue}"/> in front of it still went through
/// its comparer's interface for every word: a sixth of the tokenizer's time. Not safe to share between threads.
/// </summary>
internal sealed class KnownTerms
{
    // Each slot holds a term, its hash and its number side by side, so that a probe reads one slot and, on a hash that
    // matches, the term's characters: at 10,000 pages the table outgrows the caches, and each read is a miss. A term of
    // at most eight ASCII characters (most words) is also packed into a number, compared without reading the string.
    private struct Slot
    {
        public string? Name;
        public ulong Packed;
        public int Hash;
        public int Id;
    }

    private Slot[] _slots = new Slot[1024];
    private int _count;

    /// <summary>The term's number in <paramref name="pool"/>, which is asked only for a term this table has not met.</summary>
    public int IdOf(ReadOnlySpan<char> term, TermPool pool) => IdOf(FoldedTerm.Of(term), pool);

    /// <summary>The same, for a term whose hash and packing the tokenizer made as it read it.</summary>
    public int IdOf(FoldedTerm folded, TermPool pool)
    {
        var term = folded.Text;
        var hash = folded.Hash;
        var packed = folded.Packed;
        var mask = _slots.Length - 1;
        for (var at = hash & mask; ; at = (at + 1) & mask)
        {
            ref var slot = ref _slots[at];
            if (slot.Name is null)
            {
                return Add(ref slot, hash, packed, term, pool);
            }
            if (slot.Hash == hash && slot.Packed == packed && (packed != 0 || term.SequenceEqual(slot.Name)))
            {
                return slot.Id;
            }
        }
    }

    private int Add(ref Slot slot, int hash, ulong packed, ReadOnlySpan<char> term, TermPool pool)
    {
        var id = pool.Id(term, out var name);
        slot = new Slot { Name = name, Packed = packed, Hash = hash, Id = id };
        // At most half full, so that a probe meets an empty slot soon.
        if (++_count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }
        return id;
    }

    private void Rehash(int size)
    {
        var old = _slots;
        _slots = new Slot[size];
        foreach (var slot in old)
        {
            if (slot.Name is null)
            {
                continue;
            }
            var at = slot.Hash & (size - 1);
            while (_slots[at].Name is not null)
            {
                at = (at + 1) & (size - 1);
            }
            _slots[at] = slot;
        }
    }
}
