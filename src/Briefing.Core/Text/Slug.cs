using System.Globalization;
using System.Text;

namespace Briefing.Core.Text;

/// <summary>
/// Turns a heading, title or tag into a URL- and anchor-safe slug: lower-case letters, digits and single
/// hyphens. The rule, stated once (docs/authoring.md, "Slugs"):
/// <list type="bullet">
/// <item>Latin letters are written in ASCII: accents and other marks are dropped (ö ü ş ç ğ → o u s c g, İ → i), and the
/// letters that have no mark to drop take a fixed spelling (ə → e, ı → i, ß → ss, æ → ae, ø → o, œ → oe, đ ð → d, ł → l,
/// þ → th, ŋ → n, ħ → h), so Azerbaijani "Qarabağ" is <c>qarabag</c> and "Şuşa" <c>susa</c>;</item>
/// <item>letters and digits of every other script (Cyrillic, Greek, Arabic, Georgian, Armenian, CJK…) are kept, lower-cased,
/// so "Москва" is <c>москва</c>: no title loses its letters;</item>
/// <item>apostrophes vanish ("Azerbaijan's" is <c>azerbaijans</c>); any other run of characters becomes one hyphen.</item>
/// </list>
/// Pure: no culture, so "İ" slugs the same in Istanbul and in Baku.
/// </summary>
public static class Slug
{
    // Latin letters with no combining mark to drop; ə is the Azerbaijani schwa, ı the dotless i.
    private static readonly Dictionary<char, string> Spelled = new()
    {
        ['ə'] = "e", ['Ə'] = "e", ['ı'] = "i", ['ß'] = "ss", ['ẞ'] = "ss", ['æ'] = "ae", ['Æ'] = "ae",
        ['ø'] = "o", ['Ø'] = "o", ['œ'] = "oe", ['Œ'] = "oe", ['đ'] = "d", ['Đ'] = "d", ['ð'] = "d", ['Ð'] = "d",
        ['ł'] = "l", ['Ł'] = "l", ['þ'] = "th", ['Þ'] = "th", ['ŋ'] = "n", ['Ŋ'] = "n", ['ħ'] = "h", ['Ħ'] = "h",
    };

    public static string From(string text)
    {
        // Most tags and file names are slugs already ("energy", "azal-flight-8243"): they come back as they are, without
        // the normalisation and copy below (slugging every entry's tags for the feeds was a tenth of a rebuild).
        if (IsPlain(text))
        {
            return text;
        }
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            if (c is '\'' or '’')
            {
                continue;
            }
            var (kept, spelled) = Kept(c, category);
            if (kept == '\0' && spelled is null)
            {
                pendingHyphen = true;
                continue;
            }
            if (pendingHyphen && builder.Length > 0)
            {
                builder.Append('-');
            }
            if (spelled is not null)
            {
                builder.Append(spelled);
            }
            else
            {
                builder.Append(kept);
            }
            pendingHyphen = false;
        }
        return builder.ToString();
    }

    // Lower-case ASCII letters and digits in runs joined by single hyphens: what From gives back unchanged.
    private static bool IsPlain(string text)
    {
        if (text.Length == 0 || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                continue;
            }
            if (c != '-' || text[i - 1] == '-')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// What a character becomes in a slug: a character, or a spelling from the table (<c>Spelled</c>), or neither
    /// (<c>'\0'</c> and null) when it separates words. A character, not a string of one: a large build slugs headings
    /// by the hundred thousand.
    /// </summary>
    private static (char Char, string? Spelled) Kept(char c, UnicodeCategory category)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return (lower, null);
        }
        if (Spelled.TryGetValue(c, out var spelled))
        {
            return ('\0', spelled);
        }
        // Other scripts keep their letters and digits; Latin letters outside ASCII never get here undecomposed
        // except those in the table, and symbols, punctuation and spaces separate words.
        return category is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.DecimalDigitNumber
            && c > '\u024F'
            ? (lower, null)
            : ('\0', null);
    }

    /// <summary>True when <paramref name="slug"/> is already in the form <see cref="From"/> produces.</summary>
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= 100 && From(slug) == slug;
}
