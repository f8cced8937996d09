using System.Globalization;
using System.Text;
using Briefing.Core.Publishing.Search;
using Briefing.Testing;

namespace Briefing.Core.Tests.Publishing.Search;

public sealed class SearchTokenizerTests
{
    // The definition Tokenize had before it took runs of ASCII letters and digits at once, one character at a time,
    // kept here as the reference the faster loop must equal.
    private static List<string> Reference(string text)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length >= 2 && !SearchTokenizer.StopWords.Contains(word.ToString()))
            {
                terms.Add(word.ToString());
            }
            word.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    Flush();
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[++i]);
                if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
                {
                    word.Append(Rune.ToLowerInvariant(rune).ToString());
                }
                else
                {
                    Flush();
                }
            }
            else
            {
                foreach (var f in CharacterFolding.Fold(c))
                {
                    if (char.IsLetter(f) || CharUnicodeInfo.GetUnicodeCategory(f) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
                    {
                        word.Append(f);
                    }
                    else
                    {
                        Flush();
                    }
                }
            }
        }
        Flush();
        return terms;
    }

    [Theory]
    [InlineData("The Baku–Moscow rift: Azerbaijan’s İlham, 8243 & a SOCAR depot")]
    [InlineData("Şuşa, Gəncə və QUBA; café naïve; e\u0301te\u0301 MiXeD9case x1 A")]
    [InlineData("Which of these, while there were their own, WHICH whiches")] // the longest stop words, and longer
    [InlineData("")]
    public void Terms_equal_the_reference(string text) => Assert.Equal(Reference(text), SearchTokenizer.Terms(text));

    [Fact]
    public void Every_stop_word_is_dropped_in_any_case_and_no_word_that_only_starts_or_ends_like_one()
    {
        var words = SearchTokenizer.StopWords.Order(StringComparer.Ordinal).ToList();
        Assert.Empty(SearchTokenizer.Terms(string.Join(' ', words.Select(w => w.ToUpperInvariant()))));
        var near = words.SelectMany(w => new[] { w + "s", "x" + w, w[..^1] }).Where(w => w.Length >= 2 && !SearchTokenizer.StopWords.Contains(w)).ToList();
        Assert.Equal(near, SearchTokenizer.Terms(string.Join(' ', near)));
    }

    // Random text over pieces where a run of ASCII letters meets what is not one: accents and marks inside words,
    // letters beyond the basic plane, digits, stop words, punctuation, and words longer than the tokenizer's first buffer.
    [Fact]
    public void Terms_equal_the_reference_on_random_text()
    {
        string[] pieces =
        [
            "Baku", "MOSCOW", "the", "of", "x", "ab", "9", "2025", "Ş", "ş", "ə", "é", "e\u0301", "\u0301", "İ", "ı", "ß", "Æ",
            "\U0001D400", "\U0001F600", "\u2160", "½", " ", "  ", "\n", "-", "’", ".", ",", "_", "&", new string('a', 70), new string('Z', 130),
        ];
        var differences = RandomPieces.Where(pieces, seed: 20261201, samples: 20_000, maxPieces: 15,
            sample => !Reference(sample).SequenceEqual(SearchTokenizer.Terms(sample)));
        Assert.Empty(differences);
    }

    // The tokenizer packs each term while it reads its characters and hashes it when it ends; the known terms file it
    // under both, so they must be exactly what hashing and packing the finished term give, whatever path its characters came by.
    [Fact]
    public void Each_term_comes_with_the_hash_and_packing_of_its_finished_text()
    {
        string[] pieces =
        [
            "Baku", "MOSCOW", "the", "ab", "9", "Ş", "ə", "é", "e\u0301", "\u0301", "İ", "ß", "Æ", "\U0001D400", "\u2160", "½",
            " ", "-", "’", "abcdefgh", "abcdefghi", new string('q', 70),
        ];
        var wrong = RandomPieces.Where(pieces, seed: 20261202, samples: 5_000, maxPieces: 12, sample =>
        {
            var bad = false;
            SearchTokenizer.Tokenize(sample, (FoldedTerm term) =>
                bad |= term.Hash != TermHash.Of(term.Text) || term.Packed != PackedTerm.Of(term.Text));
            return bad;
        });
        Assert.Empty(wrong);
    }

    // A text handed over in pieces (as HTML's text runs are) gives the terms, hashes and packings of the whole text,
    // wherever the cuts fall: inside a word, just before or after one, next to a letter that is not ASCII, or inside a
    // word longer than the stream's buffer (never inside a surrogate pair). Words lying whole inside one piece take a
    // path of their own.
    [Fact]
    public void A_text_cut_anywhere_into_pieces_gives_the_terms_of_the_whole_text()
    {
        string[] pieces =
        [
            "Baku", "MOSCOW", "the", "Which", "x", "ab", "9", "2025", "Ş", "é", "e\u0301", "İ", "\U0001D400", " ", "-", "’",
            "abcdefgh", "abcdefghi", new string('a', 70), new string('Z', 130),
        ];
        var random = new Random(20261203);
        var differences = RandomPieces.Where(pieces, seed: 20261203, samples: 10_000, maxPieces: 12, sample =>
        {
            var cuts = new SortedSet<int> { 0, sample.Length };
            for (var k = random.Next(4); k > 0; k--)
            {
                // Never between the two halves of a character beyond the basic plane: HTML's text runs are whole characters.
                var at = random.Next(sample.Length + 1);
                if (at == 0 || at == sample.Length || !char.IsLowSurrogate(sample[at]))
                {
                    cuts.Add(at);
                }
            }
            var whole = new List<(string, int, ulong)>();
            SearchTokenizer.Tokenize(sample, (FoldedTerm t) => whole.Add((t.Text.ToString(), t.Hash, t.Packed)));
            var cut = new List<(string, int, ulong)>();
            var stream = new SearchTokenizer.TermStream(t => cut.Add((t.Text.ToString(), t.Hash, t.Packed)));
            try
            {
                var bounds = cuts.ToArray();
                for (var b = 0; b + 1 < bounds.Length; b++)
                {
                    stream.Add(sample.AsSpan(bounds[b], bounds[b + 1] - bounds[b]));
                }
                stream.Break();
            }
            finally
            {
                stream.Dispose();
            }
            return !whole.SequenceEqual(cut);
        });
        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("ab", 0x6162UL)]
    [InlineData("abcdefgh", 0x6162636465666768UL)]
    [InlineData("abcdefghi", 0UL)] // nine characters do not fit
    [InlineData("\0a", 0UL)] // NUL would make "\0a" pack like "a"
    [InlineData("bakü", 0UL)] // not ASCII
    [InlineData("", 0UL)]
    public void A_term_packs_a_byte_a_character_only_when_it_is_one_to_eight_ASCII_characters(string term, ulong packed) =>
        Assert.Equal(packed, PackedTerm.Of(term));
}
