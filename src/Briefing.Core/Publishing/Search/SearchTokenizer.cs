using System.Text.RegularExpressions;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// Splits text into index terms: runs of letters and digits, lower-cased, at least two characters,
/// common English words dropped. <c>theme/assets/search.js</c> tokenizes queries the same way; a change
/// here needs the same change there (the browser tests search for a word from a briefing's body).
/// </summary>
public static partial class SearchTokenizer
{
    /// <summary>Words too common to narrow a search; dropping them keeps the index small.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have",
        "he", "her", "his", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "them",
        "there", "these", "they", "this", "to", "was", "were", "which", "while", "who", "will", "with",
    };

    public static IEnumerable<string> Terms(string text)
    {
        // Match by match rather than Matches(): a MatchCollection keeps every match it has enumerated, so
        // a 16 MB briefing held 2.7 million Match objects at once and the garbage collector's work grew
        // faster than the text (bench/large-input.sh).
        for (var match = Word().Match(text); match.Success; match = match.NextMatch())
        {
            var term = Lower(match.Value);
            if (term.Length >= 2 && !StopWords.Contains(term))
            {
                yield return term;
            }
        }
    }

    private static readonly HashSet<string> StopWordSet = (HashSet<string>)StopWords;

    /// <summary>
    /// The distinct terms of <paramref name="text"/>, as <see cref="Terms"/> gives them, each string taken
    /// from <paramref name="pool"/>: words are read and lower-cased in place, so a word already in the pool
    /// costs no allocation. This is what the search index runs over every document.
    /// </summary>
    public static List<string> DistinctTerms(string text, System.Collections.Concurrent.ConcurrentDictionary<string, string> pool)
    {
        var shared = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        var stop = StopWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<string>();
        Span<char> rawBuffer = stackalloc char[64];
        Span<char> lowerBuffer = stackalloc char[64];
        foreach (var match in Word().EnumerateMatches(text))
        {
            var word = text.AsSpan(match.Index, match.Length);
            var raw = word.Length <= rawBuffer.Length ? rawBuffer[..word.Length] : new char[word.Length];
            var lower = word.Length <= lowerBuffer.Length ? lowerBuffer[..word.Length] : new char[word.Length];
            word.CopyTo(raw);
            raw.Replace('\u0130', 'i');
            ((ReadOnlySpan<char>)raw).ToLowerInvariant(lower);
            if (lower.Length < 2 || stop.Contains(lower))
            {
                continue;
            }
            if (!shared.TryGetValue(lower, out var term))
            {
                var made = new string(lower);
                term = pool.GetOrAdd(made, made);
            }
            if (seen.Add(term))
            {
                terms.Add(term);
            }
        }
        return terms;
    }

    /// <summary>Invariant lower case; the dotted capital I becomes "i", as the browser's lower-casing then mark-stripping gives.</summary>
    private static string Lower(string word) => word.Replace('\u0130', 'i').ToLowerInvariant();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
