namespace Briefing.Core.Site;

/// <summary>
/// Pairs the items of a list with those of the list it replaces, by identity: the build cache hands back the very
/// same object for what an unchanged file was made into, so what was made from an item last build holds for it again.
/// Comparing references reads none of the items; only the stretch between the common start and the common end is
/// hashed, so a one-item edit costs a walk along two arrays.
/// </summary>
public static class SameObjects
{
    /// <summary>True when the two lists hold the very same objects, in the same order (no item's <c>Equals</c> is called).</summary>
    public static bool Identical<T>(IReadOnlyList<T> one, IReadOnlyList<T> other)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        if (one.Count != other.Count)
        {
            return false;
        }
        for (var i = 0; i < one.Count; i++)
        {
            if (!ReferenceEquals(one[i], other[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>For each item of <paramref name="after"/>, the index in <paramref name="before"/> of the very same object, or -1.</summary>
    public static int[] Match<T>(IReadOnlyList<T> before, IReadOnlyList<T> after)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var matches = new int[after.Count];
        var start = 0;
        while (start < before.Count && start < after.Count && ReferenceEquals(before[start], after[start]))
        {
            matches[start] = start;
            start++;
        }
        var (beforeEnd, afterEnd) = (before.Count, after.Count);
        while (beforeEnd > start && afterEnd > start && ReferenceEquals(before[beforeEnd - 1], after[afterEnd - 1]))
        {
            matches[--afterEnd] = --beforeEnd;
        }
        // What lies between: added, removed, replaced or moved items.
        var between = new Dictionary<object, int>(beforeEnd - start, ReferenceEqualityComparer.Instance);
        for (var i = start; i < beforeEnd; i++)
        {
            between.TryAdd(before[i], i);
        }
        for (var i = start; i < afterEnd; i++)
        {
            matches[i] = between.TryGetValue(after[i], out var at) ? at : -1;
        }
        return matches;
    }
}
