namespace Briefing.Core.Publishing.Search;

/// <summary>
/// Which terms one document has, for <see cref="SearchPostings.KeysOf"/>: a mark per term number, stamped with the
/// document it was set for, so that a word met again costs an array read rather than two hash-set lookups (at
/// 10,000 pages, 7 million words). One per thread, reused from document to document.
/// </summary>
internal sealed class TermMarks
{
    private int[] _marks = new int[4096];
    private int[] _scratch = new int[256];
    private readonly List<int> _terms = [];
    private int _document;

    private readonly KnownTerms _known = new();

    /// <summary>
    /// The term's number in <paramref name="pool"/>, from this thread's own table when it met the term before; the term
    /// comes from the tokenizer, hashed and packed as it was read.
    /// </summary>
    public int IdOf(FoldedTerm term, TermPool pool) => _known.IdOf(term, pool);

    /// <summary>Starts a document: no term marked.</summary>
    public void Begin()
    {
        _document++;
        _terms.Clear();
    }

    /// <summary>The title has the term: its key gets the title bit.</summary>
    public void InTitle(int id) => Mark(id, SearchPostings.InTitle);

    /// <summary>The body (summary, tags, text or filters) has the term: its key, unless the title had it already.</summary>
    public void InBody(int id) => Mark(id, SearchPostings.InBody);

    /// <summary>The document's keys (term number shifted left, title bit), ascending.</summary>
    public int[] Keys()
    {
        var keys = new int[_terms.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = _terms[i] << 1 | (_marks[_terms[i]] & 1);
        }
        if (_scratch.Length < keys.Length)
        {
            _scratch = new int[Math.Max(keys.Length, _scratch.Length * 2)];
        }
        SortAscending(keys, _scratch);
        return keys;
    }

    /// <summary>
    /// Sorts keys that are never negative, a byte at a time (a radix sort), using <paramref name="scratch"/> (at least
    /// as long) for the passes. In the native binary <see cref="Array.Sort(Array)"/> compares ints through an interface
    /// call: a tenth of the search index's time at 1,000 pages, where a document has a few hundred keys.
    /// </summary>
    internal static void SortAscending(Span<int> keys, Span<int> scratch)
    {
        if (keys.Length < 2)
        {
            return;
        }
        Span<int> starts = stackalloc int[256];
        var from = keys;
        var to = scratch[..keys.Length];
        var inKeys = true;
        for (var shift = 0; shift < 32; shift += 8)
        {
            starts.Clear();
            foreach (var key in from)
            {
                starts[(key >> shift) & 0xFF]++;
            }
            // Every key has the same byte here: this pass would leave them as they are.
            if (starts[(from[0] >> shift) & 0xFF] == from.Length)
            {
                continue;
            }
            for (int b = 0, start = 0; b < 256; b++)
            {
                (starts[b], start) = (start, start + starts[b]);
            }
            foreach (var key in from)
            {
                to[starts[(key >> shift) & 0xFF]++] = key;
            }
            var filled = to;
            to = from;
            from = filled;
            inKeys = !inKeys;
        }
        if (!inKeys)
        {
            from.CopyTo(keys);
        }
    }

    // The title's terms come first, so a term marked for this document keeps the mark it has.
    private void Mark(int id, int bit)
    {
        if (id >= _marks.Length)
        {
            Array.Resize(ref _marks, Math.Max(id + 1, _marks.Length * 2));
        }
        if (_marks[id] >> 1 != _document)
        {
            _marks[id] = _document << 1 | bit;
            _terms.Add(id);
        }
    }
}
