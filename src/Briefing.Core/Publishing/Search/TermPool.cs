using System.Collections.Concurrent;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// Every distinct term met, each as one string and one number, so that a document's terms are a sorted array of
/// numbers and merging them into postings is counting into arrays, not looking strings up.
/// <para>
/// Numbers only ever get added: a document keeps the numbers it was tokenized with for as long as it is cached,
/// so one pool serves the index from build to build. That makes it the one part of <see cref="SearchIndexState"/>
/// shared between builds and added to, which is safe because what the pool already holds never changes (an old
/// state reads it as it was), a build that fails leaves at most some numbers no document uses, and nothing written
/// depends on the numbers (terms are written in ordinal order). It grows by the words first typed while
/// <c>serve</c> runs, and is dropped with the state when the cache drops it.
/// </para>
/// </summary>
internal sealed class TermPool
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _names = [];

    public TermPool() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many numbers have been given out: every number is below it.</summary>
    public int Count
    {
        get
        {
            lock (_names)
            {
                return _names.Count;
            }
        }
    }

    /// <summary>The term's number, given on first meeting; safe to call from several threads.</summary>
    public int Id(ReadOnlySpan<char> term) => Id(term, out _);

    /// <summary>The term's number, and the one string the pool keeps for it.</summary>
    public int Id(ReadOnlySpan<char> term, out string name)
    {
        if (_lookup.TryGetValue(term, out name!, out var id))
        {
            return id;
        }
        lock (_names)
        {
            if (_lookup.TryGetValue(term, out name!, out id))
            {
                return id;
            }
            name = term.ToString();
            id = _names.Count;
            _names.Add(name);
            _ids[name] = id;
            return id;
        }
    }

    public string Name(int id)
    {
        lock (_names)
        {
            return _names[id];
        }
    }
}
