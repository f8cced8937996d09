namespace Briefing.Core.Publishing.Search;

/// <summary>
/// Writes a set of ascending numbers below a bound as short text in the 64 characters of base64url (safe in
/// JSON and URLs), in whichever of two forms is shorter; <c>theme/assets/search.js</c> reads both:
/// <list type="bullet">
/// <item>gaps: each number's distance from the one before, minus one (the first counts from −1), in base 32,
/// five bits a character, least significant first, with 32 added to each character but a number's last.
/// Sparse sets: a term in a few documents.</item>
/// <item>a bitmap after <c>~</c>: six numbers a character, bit <c>j</c> of character <c>k</c> for number
/// <c>6k + j</c>, trailing empty characters left off. Dense sets: a word in half the documents costs a sixth of
/// a character per document, whatever its spread.</item>
/// </list>
/// </summary>
public static class PostingCodec
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static string Encode(int[] ascending)
    {
        // Both forms' lengths are known before either is written: only the shorter one is made, each straight into
        // its string (at 10,000 pages, writing every term's gaps first and a bitmap after for the common words was
        // most of the time the index took to encode its 12,000 postings).
        var bitmapLength = ascending.Length == 0 ? 1 : 1 + ascending[^1] / 6 + 1;
        var gapsLength = GapsLength(ascending);
        return bitmapLength < gapsLength ? Bitmap(ascending, bitmapLength) : Gaps(ascending, gapsLength);
    }

    private static int GapsLength(int[] ascending)
    {
        var (length, previous) = (0, -1);
        foreach (var number in ascending)
        {
            var gap = number - previous - 1;
            previous = number;
            for (length++; gap >= 32; gap >>= 5)
            {
                length++;
            }
        }
        return length;
    }

    private static string Gaps(int[] ascending, int length) => string.Create(length, ascending, static (text, numbers) =>
    {
        var (at, previous) = (0, -1);
        foreach (var number in numbers)
        {
            var gap = number - previous - 1;
            previous = number;
            while (gap >= 32)
            {
                text[at++] = Alphabet[32 | (gap & 31)];
                gap >>= 5;
            }
            text[at++] = Alphabet[gap];
        }
    });

    private static string Bitmap(int[] ascending, int length) => string.Create(length, ascending, static (text, numbers) =>
    {
        // Each character's six bits gathered in place first (as numbers 0 to 63), then turned into the alphabet's.
        text.Clear();
        foreach (var number in numbers)
        {
            text[1 + number / 6] |= (char)(1 << (number % 6));
        }
        text[0] = '~';
        for (var k = 1; k < text.Length; k++)
        {
            text[k] = Alphabet[text[k]];
        }
    });

    /// <summary>The numbers a text of either form holds: the reader of the format, kept beside its writer for the tests.</summary>
    public static List<int> Decode(string text)
    {
        var numbers = new List<int>();
        if (text.StartsWith('~'))
        {
            for (var k = 1; k < text.Length; k++)
            {
                var six = Alphabet.IndexOf(text[k], StringComparison.Ordinal);
                for (var j = 0; j < 6; j++)
                {
                    if ((six & (1 << j)) != 0)
                    {
                        numbers.Add((k - 1) * 6 + j);
                    }
                }
            }
            return numbers;
        }
        int previous = -1, gap = 0, shift = 0;
        foreach (var c in text)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            gap |= (value & 31) << shift;
            if (value >= 32)
            {
                shift += 5;
                continue;
            }
            previous += gap + 1;
            numbers.Add(previous);
            gap = shift = 0;
        }
        return numbers;
    }
}
