using System.Net;
using System.Text.RegularExpressions;

namespace Briefing.Core.Site;

/// <summary>The readable text of HTML the Markdown renderer produced: tags dropped, entities decoded.</summary>
public static partial class HtmlText
{
    public static string Of(string html)
    {
        var withoutTags = Tag().Replace(BlockTag().Replace(html, " "), "");
        return Spaces().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    /// <summary>Tags that separate words; inline tags (<c>em</c>, <c>a</c>) sit inside words' runs and vanish.</summary>
    [GeneratedRegex(@"</?(p|li|h[1-6]|br|hr|td|th|tr|blockquote|div|ul|ol|dl|dt|dd|table|pre|section|sup)\b[^>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
