using System.Text;

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

    public static string Encode(IReadOnlyList<int> ascending)
    {
        var gaps = Gaps(ascending);
        // A bitmap of the numbers up to the largest costs a character per six: compare before building it.
        var bitmapLength = ascending.Count == 0 ? 1 : 1 + ascending[^1] / 6 + 1;
        return bitmapLength < gaps.Length ? Bitmap(ascending) : gaps;
    }

    private static string Gaps(IReadOnlyList<int> ascending)
    {
        var text = new StringBuilder(ascending.Count);
        var previous = -1;
        foreach (var number in ascending)
        {
            var gap = number - previous - 1;
            previous = number;
            while (gap >= 32)
            {
                text.Append(Alphabet[32 | (gap & 31)]);
                gap >>= 5;
            }
            text.Append(Alphabet[gap]);
        }
        return text.ToString();
    }

    private static string Bitmap(IReadOnlyList<int> ascending)
    {
        var bits = new int[ascending[^1] / 6 + 1];
        foreach (var number in ascending)
        {
            bits[number / 6] |= 1 << (number % 6);
        }
        var text = new StringBuilder(bits.Length + 1).Append('~');
        foreach (var six in bits)
        {
            text.Append(Alphabet[six]);
        }
        return text.ToString();
    }

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
