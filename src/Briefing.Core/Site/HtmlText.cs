using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Core.Templates;
using Briefing.Core.Text;

namespace Briefing.Core.Site;

/// <summary>The readable text of HTML the Markdown renderer produced: tags dropped, entities decoded.</summary>
public static partial class HtmlText
{
    private static readonly SearchValues<char> NameCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>
    /// Tags that separate words; inline tags (<c>em</c>, <c>a</c>) sit inside words' runs and vanish. A switch on the
    /// name, which the compiler turns into a test of its length and characters: a hash-set lookup, hashing every tag's
    /// name, was a hundredth of a 10,000-page build.
    /// </summary>
    private static bool IsBlock(ReadOnlySpan<char> name) => name switch
    {
        "p" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "br" or "hr" or "td" or "th" or "tr" or "blockquote"
            or "div" or "ul" or "ol" or "dl" or "dt" or "dd" or "table" or "pre" or "section" or "sup" => true,
        _ => false,
    };

    /// <summary>
    /// Block tags become a space and other tags nothing, entities are decoded, and each run of white space is one space,
    /// none at either end.
    /// </summary>
    public static string Of(string html) => OneScan(html) ?? Slowly(html);

    /// <summary>The readable text of a rendered body, read from its bytes without a string of the whole HTML.</summary>
    public static string Of(TrustedHtml html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new CollapsedText(new StringBuilder(html.MaxCharCount));
        return TryScan(html, ref text) ? text.ToString() : Slowly(html.Value);
    }

    /// <summary>
    /// <see cref="TryScan{TSink}(ReadOnlySpan{char}, ref TSink)"/> over a rendered body, decoded into pooled memory
    /// rather than a string. On false, <see cref="Slowly"/> of the body's <see cref="TrustedHtml.Value"/> is its text.
    /// </summary>
    public static bool TryScan<TSink>(TrustedHtml html, ref TSink sink) where TSink : struct, ISink, allows ref struct
    {
        ArgumentNullException.ThrowIfNull(html);
        var chars = ArrayPool<char>.Shared.Rent(html.MaxCharCount);
        try
        {
            return TryScan(chars.AsSpan(0, html.CopyTo(chars)), ref sink);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The text of any HTML, by regular expressions where the one pass gives up: what <see cref="Of(string)"/> falls back to.</summary>
    internal static string Slowly(string html)
    {
        var withoutTags = WithoutTags(html) ?? Tag().Replace(BlockTag().Replace(html, " "), "");
        return WhiteSpace.Collapse(WebUtility.HtmlDecode(withoutTags));
    }

    // Tags dropped, entities decoded and white space collapsed in one pass to one string (three passes made three
    // copies of every page's text for the search index). Anything TryScan does not cover returns null, and the
    // passes one by one decide.
    private static string? OneScan(ReadOnlySpan<char> html)
    {
        var text = new CollapsedText(new StringBuilder(html.Length));
        return TryScan(html, ref text) ? text.ToString() : null;
    }

    /// <summary>What <see cref="TryScan{TSink}(ReadOnlySpan{char}, ref TSink)"/> reports of rendered HTML, in document order.</summary>
    public interface ISink
    {
        /// <summary>Text between two tags or entities, as it stands (white space included).</summary>
        void Text(ReadOnlySpan<char> run);

        /// <summary>The character an entity stands for.</summary>
        void Character(char decoded);

        /// <summary>A tag that separates words (<c>p</c>, <c>li</c>, <c>br</c>…); other tags join what is on either side.</summary>
        void Block();
    }

    /// <summary>
    /// Reads rendered HTML in one pass, telling <paramref name="sink"/> its text, its entities and its word-separating
    /// tags. Covers what the Markdown renderer writes: tags as WithoutTags accepts them, and only the entities it
    /// escapes text with. Anything else returns false, after the sink has heard the part before it.
    /// </summary>
    public static bool TryScan<TSink>(ReadOnlySpan<char> html, ref TSink sink) where TSink : struct, ISink, allows ref struct
    {
        var at = 0;
        while (at < html.Length)
        {
            var next = html[at..].IndexOfAny('<', '&');
            sink.Text(next < 0 ? html[at..] : html.Slice(at, next));
            if (next < 0)
            {
                break;
            }
            at += next;
            if (html[at] == '&')
            {
                if (Entity(html[at..]) is not (var decoded, var length))
                {
                    return false;
                }
                sink.Character(decoded);
                at += length;
                continue;
            }
            var close = html[(at + 1)..].IndexOf('>');
            if (close < 0 || !TryTagName(html.Slice(at + 1, close), out var name))
            {
                return false;
            }
            if (IsBlock(name))
            {
                sink.Block();
            }
            at += close + 2;
        }
        return true;
    }

    // The text as one string: each run of white space, and each block tag, one space between two visible characters.
    private struct CollapsedText(StringBuilder text) : ISink
    {
        private bool _pendingSpace;

        public void Text(ReadOnlySpan<char> run) => _pendingSpace = AddRun(text, run, _pendingSpace);

        public void Character(char decoded) => _pendingSpace = Add(text, decoded, _pendingSpace);

        public void Block() => _pendingSpace |= text.Length > 0;

        public override readonly string ToString() => text.ToString();
    }

    // Text between tags, a word at a time: each run of white space in it is one pending space. Words with one plain
    // space between them, which most of a paragraph is, go in whole: between two inline tags, with a space at either end.
    private static bool AddRun(StringBuilder text, ReadOnlySpan<char> run, bool pendingSpace)
    {
        var leading = run.StartsWith(' ');
        var trailing = run.Length > 1 && run.EndsWith(' ');
        var words = run[(leading ? 1 : 0)..(run.Length - (trailing ? 1 : 0))];
        if (WhiteSpace.IsCollapsed(words))
        {
            if (pendingSpace || (leading && text.Length > 0))
            {
                text.Append(' ');
            }
            text.Append(words);
            return trailing;
        }
        while (!run.IsEmpty)
        {
            var space = run.IndexOfAny(WhiteSpace.Characters);
            var word = space < 0 ? run : run[..space];
            if (!word.IsEmpty)
            {
                if (pendingSpace)
                {
                    text.Append(' ');
                }
                text.Append(word);
                pendingSpace = false;
            }
            if (space < 0)
            {
                break;
            }
            pendingSpace |= text.Length > 0;
            var after = run[space..].IndexOfAnyExcept(WhiteSpace.Characters);
            run = after < 0 ? default : run[(space + after)..];
        }
        return pendingSpace;
    }

    // A block tag, like white space, only ever separates: a space is written before the next visible character.
    private static bool Add(StringBuilder text, char c, bool pendingSpace)
    {
        if (char.IsWhiteSpace(c))
        {
            return pendingSpace || text.Length > 0;
        }
        if (pendingSpace)
        {
            text.Append(' ');
        }
        text.Append(c);
        return false;
    }

    private static (char Decoded, int Length)? Entity(ReadOnlySpan<char> at) =>
        at.StartsWith("&amp;") ? ('&', 5)
        : at.StartsWith("&lt;") ? ('<', 4)
        : at.StartsWith("&gt;") ? ('>', 4)
        : at.StartsWith("&quot;") ? ('"', 6)
        : null;

    // The tag's lowercase name when the tag is one WithoutTags reads exactly: no '<' inside, a name of lowercase
    // letters and digits followed by its end, a space or a slash.
    private static bool TryTagName(ReadOnlySpan<char> inside, out ReadOnlySpan<char> name)
    {
        name = inside.StartsWith('/') ? inside[1..] : inside;
        var end = name.IndexOfAnyExcept(NameCharacters);
        if (inside.Contains('<') || end == 0 || (end > 0 && name[end] is not (' ' or '/' or '\t' or '\n' or '\r')))
        {
            return false;
        }
        name = end < 0 ? name : name[..end];
        return true;
    }

    // Tags dropped in one pass (three regular expressions over every page were a tenth of a 10,000-page build's CPU).
    // Exact when every '<' opens a tag of lowercase ASCII name, closed by '>' before any other '<', which is all the
    // Markdown renderer writes (it escapes '<' in text and attributes). Anything else returns null, and the regular
    // expressions, which say what the result is, decide.
    private static string? WithoutTags(string html)
    {
        var text = new StringBuilder(html.Length);
        var at = 0;
        while (html.IndexOf('<', at) is var open and >= 0)
        {
            var close = html.IndexOf('>', open + 1);
            if (close < 0 || !TryTagName(html.AsSpan(open + 1, close - open - 1), out var name))
            {
                return null;
            }
            text.Append(html, at, open - at);
            if (IsBlock(name))
            {
                text.Append(' ');
            }
            at = close + 1;
        }
        return text.Append(html, at, html.Length - at).ToString();
    }

    [GeneratedRegex(@"</?(p|li|h[1-6]|br|hr|td|th|tr|blockquote|div|ul|ol|dl|dt|dd|table|pre|section|sup)\b[^>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
