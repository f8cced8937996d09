using System.Collections.Concurrent;

namespace Briefing.Core.Text;

/// <summary>
/// One string per distinct short value (a tag, a place, a code, a URL made from one) for the life of the process.
/// A large site repeats a few hundred such values across its documents, and each one parsed or built anew was a
/// copy of its own: at 100,000 events, about a hundred megabytes of the same few words. Only short strings are
/// shared, and only so many, so that the pool stays small whatever the content, over a long <c>serve</c> session too.
/// </summary>
public sealed class SharedStrings(int maxLength = SharedStrings.DefaultMaxLength, int maxCount = SharedStrings.DefaultMaxCount)
{
    public const int DefaultMaxLength = 40;

    public const int DefaultMaxCount = 20_000;

    /// <summary>The pool front matter and URLs share.</summary>
    public static SharedStrings Process { get; } = new();

    // A string is the value made from itself.
    private readonly SharedValues _pool = new(static value => value, maxLength, maxCount);

    /// <summary>The pooled string equal to <paramref name="value"/>, or <paramref name="value"/> itself when it is long or the pool is full.</summary>
    public string Of(string value) => _pool.For(value);
}

/// <summary>
/// A value made from a short key, made once per key for the life of the process (a tag's URL from its name), up to a
/// bound past which it is made on every call. <paramref name="make"/> must be pure: the same key, the same value.
/// </summary>
public sealed class SharedValues(Func<string, string> make, int maxKeyLength = SharedStrings.DefaultMaxLength, int maxCount = SharedStrings.DefaultMaxCount)
{
    private readonly ConcurrentDictionary<string, string> _made = new(StringComparer.Ordinal);
    private int _count;

    public string For(string key)
    {
        if (_made.TryGetValue(key, out var value))
        {
            return value;
        }
        value = make(key);
        // Counted apart from the dictionary: its Count takes every lock.
        if (key.Length > maxKeyLength || Volatile.Read(ref _count) >= maxCount)
        {
            return value;
        }
        var kept = _made.GetOrAdd(key, value);
        if (ReferenceEquals(kept, value))
        {
            Interlocked.Increment(ref _count);
        }
        return kept;
    }
}

/// <summary>
/// Strings shared for the length of one job (a build's link scans): text found in a larger text is looked up as a span
/// and made into a string only the first time it is seen. Every page repeats the layout's links and its paragraph ids,
/// and a string made for each of them before the lookup was most of what the link scan allocated.
/// </summary>
public sealed class SpanPool(int capacity)
{
    // Striped finely: every page adds to it from every core, and the default few locks blocked the render threads.
    private readonly ConcurrentDictionary<string, string> _pool = new(concurrencyLevel: 64, capacity: capacity, StringComparer.Ordinal);

    /// <summary>The pooled string equal to <paramref name="text"/>, made and pooled if it is new.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        var bySpan = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (bySpan.TryGetValue(text, out var found))
        {
            return found;
        }
        var made = text.ToString();
        return _pool.GetOrAdd(made, made);
    }
}
