namespace Briefing.Core.Publishing.Search;

/// <summary>
/// Which terms one document has, for <see cref="SearchPostings.KeysOf"/>: a mark per term number, stamped with the
/// document it was set for, so that a word met again costs an array read rather than two hash-set lookups (at
/// 10,000 pages, 7 million words). One per thread, reused from document to document.
/// </summary>
internal sealed class TermMarks
{
    private int[] _marks = new int[4096];
    private readonly List<int> _terms = [];
    private int _document;

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
        Array.Sort(keys);
        return keys;
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
