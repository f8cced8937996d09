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

    /// <summary>Invariant lower case; the dotted capital I becomes "i", as the browser's lower-casing then mark-stripping gives.</summary>
    private static string Lower(string word) => word.Replace('\u0130', 'i').ToLowerInvariant();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
