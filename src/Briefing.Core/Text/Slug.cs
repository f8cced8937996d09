using System.Globalization;
using System.Text;

namespace Briefing.Core.Text;

/// <summary>
/// Turns a heading or title into a URL- and anchor-safe slug: lower-case ASCII letters, digits
/// and single hyphens. Pure: no culture, so "İ" slugs the same in Istanbul and in Baku.
/// </summary>
public static class Slug
{
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                builder.Append(lower);
                pendingHyphen = false;
            }
            else if (c is '\'' or '’')
            {
                // "Azerbaijan's" becomes "azerbaijans", not "azerbaijan-s".
                continue;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>True when <paramref name="slug"/> is already in the form <see cref="From"/> produces.</summary>
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= 100 && From(slug) == slug;
}
