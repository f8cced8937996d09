using System.Buffers;
using System.Globalization;
using System.Text;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// Splits text into index terms as <c>theme/assets/search.js</c> splits a query: lower-cased, accents taken off
/// (the browser's <c>toLowerCase().normalize('NFD')</c> with marks removed: "Şuşa" is "susa"), runs of letters
/// and digits, at least two UTF-16 units, common English words dropped. A change here needs the same change
/// there (the browser tests search for a word from a briefing's body).
/// <para>
/// One pass over the text with no string per word: each term is folded into a reused buffer and handed to the
/// caller as a span, which looks it up in its own pool (<see cref="SearchPostings"/>), so a word met a million
/// times costs one string.
/// </para>
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Words too common to narrow a search; dropping them keeps the index small.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have",
        "he", "her", "his", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "them",
        "there", "these", "they", "this", "to", "was", "were", "which", "while", "who", "will", "with",
    };

    // A longer term is no stop word, and is not looked up: most of a text's terms are.
    private static readonly int LongestStopWord = StopWords.Max(w => w.Length);

    // Each stop word as one number (PackedTerm): a string lookup, hashing the span and comparing it, was a tenth of the
    // tokenizer's time at 1,000 pages.
    private static readonly HashSet<ulong> PackedStopWords = [.. StopWords.Select(w => PackedTerm.Of(w))];

    private static bool IsStopWord(ReadOnlySpan<char> term) =>
        term.Length <= LongestStopWord && PackedStopWords.Contains(PackedTerm.Of(term));

    /// <summary>Receives one term; the span is valid only during the call.</summary>
    public delegate void TermHandler(ReadOnlySpan<char> term);

    /// <summary>The terms of <paramref name="text"/> as strings, in order, repeats kept: for tests and small texts.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        Tokenize(text, term => terms.Add(term.ToString()));
        return terms;
    }

    /// <summary>Calls <paramref name="handler"/> with each term of <paramref name="text"/>, in order, repeats kept.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, TermHandler handler)
    {
        var terms = new TermStream(handler);
        try
        {
            terms.Add(text);
            terms.Break();
        }
        finally
        {
            terms.Dispose();
        }
    }

    /// <summary>
    /// Text handed over a piece at a time, as if the pieces were one text: a word may run on from one piece into the
    /// next, and <see cref="Break"/> ends it. What an HTML page's text runs need (<c>HtmlTerms</c>), between tags that
    /// join words (<c>&lt;em&gt;</c>) and tags that separate them (<c>&lt;p&gt;</c>).
    /// </summary>
    internal ref struct TermStream(TermHandler handler) : IDisposable
    {
        private char[] _buffer = ArrayPool<char>.Shared.Rent(64);
        private int _length;

        /// <summary>Reads <paramref name="text"/>; its last word waits for what comes next.</summary>
        public void Add(scoped ReadOnlySpan<char> text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 0x80)
                {
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        // The rest of the ASCII letters and digits at once: most text is whole runs of them.
                        var run = text[i..].IndexOfAnyExcept(AsciiLettersAndDigits) is var end and >= 0 ? text.Slice(i, end) : text[i..];
                        AppendLowered(ref _buffer, ref _length, run);
                        i += run.Length - 1;
                    }
                    else
                    {
                        Flush(_buffer, ref _length, handler);
                    }
                }
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    AppendRune(new Rune(c, text[++i]), ref _buffer, ref _length, handler);
                }
                else
                {
                    // A mark folds to nothing and joins what is around it, as the browser drops marks before it splits.
                    foreach (var f in Fold(c))
                    {
                        if (IsWordChar(f))
                        {
                            Append(ref _buffer, ref _length, f);
                        }
                        else
                        {
                            Flush(_buffer, ref _length, handler);
                        }
                    }
                }
            }
        }

        /// <summary>Ends the word being read, if any: what any character that is not part of a word does.</summary>
        public void Break() => Flush(_buffer, ref _length, handler);

        /// <summary>Drops the word being read without handing it over.</summary>
        public void Forget() => _length = 0;

        public void Dispose()
        {
            if (_buffer.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_buffer);
                _buffer = [];
            }
        }
    }

    // Letters and digits beyond the basic plane (JavaScript's /u regex sees code points): kept whole, lower-cased.
    private static void AppendRune(Rune rune, ref char[] buffer, ref int length, TermHandler handler)
    {
        if (!Rune.IsLetterOrDigit(rune) && !IsNumber(Rune.GetUnicodeCategory(rune)))
        {
            Flush(buffer, ref length, handler);
            return;
        }
        Span<char> units = stackalloc char[2];
        var written = Rune.ToLowerInvariant(rune).EncodeToUtf16(units);
        for (var k = 0; k < written; k++)
        {
            Append(ref buffer, ref length, units[k]);
        }
    }

    private static void Append(ref char[] buffer, ref int length, char c)
    {
        MakeRoom(ref buffer, length, 1);
        buffer[length++] = c;
    }

    // Swaps the pooled buffer for one twice as large until `more` characters fit after the first `length`.
    private static void MakeRoom(ref char[] buffer, int length, int more)
    {
        while (length + more > buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = larger;
        }
    }

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static void AppendLowered(ref char[] buffer, ref int length, ReadOnlySpan<char> asciiRun)
    {
        MakeRoom(ref buffer, length, asciiRun.Length);
        Ascii.ToLower(asciiRun, buffer.AsSpan(length), out var written);
        length += written;
    }

    private static void Flush(char[] buffer, ref int length, TermHandler handler)
    {
        if (length >= 2 && !IsStopWord(buffer.AsSpan(0, length)))
        {
            handler(buffer.AsSpan(0, length));
        }
        length = 0;
    }

    private static string Fold(char c) => CharacterFolding.Fold(c);

    private static bool IsWordChar(char c) =>
        c < 0x80 ? char.IsAsciiLetterOrDigit(c) : !char.IsSurrogate(c) && (char.IsLetter(c) || IsNumber(CharUnicodeInfo.GetUnicodeCategory(c)));

    private static bool IsNumber(UnicodeCategory category) =>
        category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

}
