using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Core.Content.Yaml;

/// <summary>
/// The parsing events of front matter written in the plain subset of YAML that nearly every file uses, read without
/// YamlDotNet's scanner and parser, which allocated about 20 KB and took most of the 50 µs that reading one event's
/// front matter cost. <see cref="Of"/> returns null for anything outside the subset, and YamlDotNet's own parser reads
/// it, with its own messages for what is wrong. Both end in the same <see cref="FrontMatterTree"/>, this one without
/// YamlDotNet's representation model.
/// <para>
/// The subset: <c>key: value</c> lines, where a value is a plain scalar on one line, a quoted one without escapes, or a
/// flow list of such scalars (<c>[a, "b c"]</c>); and a key with nothing after it, followed by a block list
/// (<c>- item</c>, or <c>- key: value</c> with more <c>key: value</c> lines under it) or, indented, a mapping of
/// <c>key: value</c> lines. Blank lines and comments are skipped. Tabs, escapes, anchors, tags, multi-line scalars,
/// empty values and deeper nesting are left to YamlDotNet. Each event carries the start mark YamlDotNet would give it
/// (the start is what diagnostics read; a test compares both parsers' trees on random front matter).
/// </para>
/// </summary>
internal sealed class FrontMatterEvents : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _next = -1;

    private FrontMatterEvents(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current => _next >= 0 && _next < _events.Count ? _events[_next] : null;

    public bool MoveNext() => ++_next < _events.Count;

    /// <summary>The events of <paramref name="yaml"/>, or null when it is not in the subset.</summary>
    public static FrontMatterEvents? Of(string yaml)
    {
        // Characters whose position or meaning YamlDotNet may count differently (tabs, other line breaks, surrogate
        // pairs, control characters, a byte-order mark) are not in the subset at all.
        foreach (var c in yaml)
        {
            if ((c < ' ' && c != '\n') || c is '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\ufeff' || char.IsSurrogate(c))
            {
                return null;
            }
        }
        var reader = new Reader(yaml);
        return reader.Document() ? new FrontMatterEvents(reader.Parsed) : null;
    }

    /// <summary>Reads the text a line at a time; every method returns false as soon as the text leaves the subset.</summary>
    private sealed class Reader(string yaml)
    {
        private static readonly AnchorName NoAnchor = AnchorName.Empty;
        private static readonly TagName NoTag = TagName.Empty;

        private readonly List<(int Start, int Length)> _lines = Lines(yaml);
        private int _line;

        public List<ParsingEvent> Parsed { get; } = [];

        public bool Document()
        {
            SkipBlank();
            if (_line == _lines.Count || Indent(_line) != 0)
            {
                return false;
            }
            var start = Mark(_line, 0);
            Parsed.Add(new StreamStart());
            Parsed.Add(new DocumentStart(null, null, true, start, start));
            if (!Mapping(0))
            {
                return false;
            }
            var end = EndMark();
            Parsed.Add(new DocumentEnd(true, end, end));
            Parsed.Add(new StreamEnd(end, end));
            return true;
        }

        // A block mapping whose keys start at column `indent`, up to the first line indented less.
        private bool Mapping(int indent)
        {
            var start = Mark(_line, indent);
            Parsed.Add(new MappingStart(NoAnchor, NoTag, true, MappingStyle.Block, start, start));
            while (true)
            {
                SkipBlank();
                if (_line == _lines.Count || Indent(_line) < indent)
                {
                    break;
                }
                if (Indent(_line) > indent || !Entry(indent, nested: indent == 0))
                {
                    return false;
                }
            }
            Parsed.Add(new MappingEnd(EndMark(), EndMark()));
            return true;
        }

        // One `key: value` starting at column `at` of the current line. With `nested`, a key with nothing after it may
        // open a block list or an indented mapping on the lines below.
        private bool Entry(int at, bool nested)
        {
            var text = Text(_line);
            var keyLength = KeyLength(text, at);
            if (keyLength == 0)
            {
                return false;
            }
            AddScalar(_line, at, text.Slice(at, keyLength).ToString(), ScalarStyle.Plain, isKey: true);
            var rest = at + keyLength + 1;
            var value = rest < text.Length ? text[rest..].TrimStart(' ') : default;
            if (!value.IsEmpty)
            {
                var line = _line++;
                return Value(line, text.Length - value.Length);
            }
            _line++;
            if (!nested)
            {
                return false;
            }
            SkipBlank();
            if (_line == _lines.Count)
            {
                return false;
            }
            var below = Indent(_line);
            if (below >= at && IsListItem(_line, below))
            {
                return List(below);
            }
            return below > at && Mapping(below) && (_line == _lines.Count || Indent(_line) <= at);
        }

        // A block list whose dashes sit at column `indent`.
        private bool List(int indent)
        {
            var start = Mark(_line, indent);
            Parsed.Add(new SequenceStart(NoAnchor, NoTag, true, SequenceStyle.Block, start, start));
            while (true)
            {
                SkipBlank();
                if (_line == _lines.Count || Indent(_line) < indent || !IsListItem(_line, indent))
                {
                    break;
                }
                if (!ListItem(indent + 2))
                {
                    return false;
                }
            }
            if (_line < _lines.Count && Indent(_line) > indent)
            {
                return false;
            }
            Parsed.Add(new SequenceEnd(EndMark(), EndMark()));
            return true;
        }

        // An item after "- ": a scalar, or a mapping whose first key is on the dash's line and the rest below it.
        private bool ListItem(int at)
        {
            var text = Text(_line);
            if (KeyLength(text, at) == 0)
            {
                var line = _line++;
                return Value(line, at) && Parsed[^1] is Scalar;
            }
            var start = Mark(_line, at);
            Parsed.Add(new MappingStart(NoAnchor, NoTag, true, MappingStyle.Block, start, start));
            if (!Entry(at, nested: false))
            {
                return false;
            }
            while (true)
            {
                SkipBlank();
                if (_line == _lines.Count || Indent(_line) != at)
                {
                    break;
                }
                if (!Entry(at, nested: false))
                {
                    return false;
                }
            }
            Parsed.Add(new MappingEnd(EndMark(), EndMark()));
            return true;
        }

        // A value from column `at` to the end of line `line`: quoted, a flow list, or plain.
        private bool Value(int line, int at)
        {
            var text = Text(line);
            var value = text[at..];
            switch (value[0])
            {
                case '"' or '\'':
                    var length = QuotedLength(value);
                    if (length == 0 || !IsBlankOrComment(value[length..]))
                    {
                        return false;
                    }
                    AddScalar(line, at, value[1..(length - 1)].ToString(), value[0] == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted);
                    return true;
                case '[':
                    return FlowList(line, at);
                default:
                    var comment = value.IndexOf(" #", StringComparison.Ordinal);
                    var plain = (comment < 0 ? value : value[..comment]).TrimEnd(' ');
                    if (!IsPlain(plain))
                    {
                        return false;
                    }
                    AddScalar(line, at, plain.ToString(), ScalarStyle.Plain);
                    return true;
            }
        }

        // "[a, "b c"]" on one line: items plain (letters, digits, spaces, '-', '_', '.', '/') or quoted without escapes.
        private bool FlowList(int line, int at)
        {
            var text = Text(line);
            var start = Mark(line, at);
            Parsed.Add(new SequenceStart(NoAnchor, NoTag, true, SequenceStyle.Flow, start, start));
            var i = at + 1;
            var first = true;
            while (true)
            {
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }
                if (i == text.Length)
                {
                    return false;
                }
                if (text[i] == ']')
                {
                    i++;
                    break;
                }
                if (!first)
                {
                    if (text[i] != ',')
                    {
                        return false;
                    }
                    i++;
                    while (i < text.Length && text[i] == ' ')
                    {
                        i++;
                    }
                    if (i == text.Length || text[i] is ']' or ',')
                    {
                        return false;
                    }
                }
                first = false;
                if (text[i] is '"' or '\'')
                {
                    var length = QuotedLength(text[i..]);
                    if (length == 0 || text.Slice(i + 1, length - 2).IndexOfAny(",[]") >= 0)
                    {
                        return false;
                    }
                    AddScalar(line, i, text.Slice(i + 1, length - 2).ToString(), text[i] == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted);
                    i += length;
                    continue;
                }
                var end = i;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is ' ' or '-' or '_' or '.' or '/'))
                {
                    end++;
                }
                var item = text[i..end].TrimEnd(' ');
                if (item.IsEmpty || !char.IsLetterOrDigit(item[0]))
                {
                    return false;
                }
                AddScalar(line, i, item.ToString(), ScalarStyle.Plain);
                i = end;
            }
            if (!IsBlankOrComment(text[i..]))
            {
                return false;
            }
            var close = Mark(line, i - 1);
            Parsed.Add(new SequenceEnd(close, close));
            return true;
        }

        private void AddScalar(int line, int column, string value, ScalarStyle style, bool isKey = false)
        {
            var plain = style == ScalarStyle.Plain;
            var start = Mark(line, column);
            Parsed.Add(new Scalar(NoAnchor, NoTag, value, style, plain, !plain, start, start, isKey));
        }

        // What may follow a value on its line: nothing but spaces, or a comment after at least one space.
        private static bool IsBlankOrComment(ReadOnlySpan<char> rest)
        {
            var trimmed = rest.TrimStart(' ');
            return trimmed.IsEmpty || (trimmed[0] == '#' && trimmed.Length < rest.Length);
        }

        // The length of a quoted scalar at the start of `text`, quotes included, or 0 when it holds an escape or does
        // not close on this line.
        private static int QuotedLength(ReadOnlySpan<char> text)
        {
            var close = text[1..].IndexOf(text[0]);
            if (close < 0 || (text[0] == '"' && text[1..(close + 1)].Contains('\\')))
            {
                return 0;
            }
            var length = close + 2;
            // A doubled single quote is an escaped one.
            return text[0] == '\'' && length < text.Length && text[length] == '\'' ? 0 : length;
        }

        // A plain scalar this reader accepts: starts with a letter, a digit or '(', and has nothing that could start
        // a comment or a mapping inside it.
        private static bool IsPlain(ReadOnlySpan<char> value) =>
            !value.IsEmpty
            && (char.IsLetterOrDigit(value[0]) || value[0] == '(' || value is "~" || (value[0] == '-' && value.Length > 1 && char.IsAsciiDigit(value[1])))
            && !value.Contains(": ", StringComparison.Ordinal)
            && value[^1] != ':';

        // The length of a key (a letter or '_', then letters, digits, '_' or '-') at `at`, followed by ':' and then a
        // space or the end of the line; 0 when there is none.
        private static int KeyLength(ReadOnlySpan<char> text, int at)
        {
            if (at >= text.Length || !(char.IsAsciiLetter(text[at]) || text[at] == '_'))
            {
                return 0;
            }
            var end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-'))
            {
                end++;
            }
            return end < text.Length && text[end] == ':' && (end + 1 == text.Length || text[end + 1] == ' ') ? end - at : 0;
        }

        private bool IsListItem(int line, int indent)
        {
            var text = Text(line);
            return indent + 1 < text.Length && text[indent] == '-' && text[indent + 1] == ' ' && indent + 2 < text.Length && text[indent + 2] != ' ';
        }

        // Empty lines, and lines holding only a comment, which YAML allows at any indent.
        private void SkipBlank()
        {
            while (_line < _lines.Count && (_lines[_line].Length == 0 || Text(_line).TrimStart(' ').StartsWith('#')))
            {
                _line++;
            }
        }

        private ReadOnlySpan<char> Text(int line) => yaml.AsSpan(_lines[line].Start, _lines[line].Length);

        private int Indent(int line)
        {
            var text = Text(line);
            var indent = text.IndexOfAnyExcept(' ');
            return indent < 0 ? text.Length : indent;
        }

        private Mark Mark(int line, int column) => new(_lines[line].Start + column, line + 1, column + 1);

        // Where YamlDotNet puts the end of the stream: the line after the last, column 1.
        private Mark EndMark() => new(yaml.Length, _lines.Count + (yaml.EndsWith('\n') ? 1 : 0), 1);

        private static List<(int Start, int Length)> Lines(string yaml)
        {
            var lines = new List<(int, int)>();
            var start = 0;
            while (start <= yaml.Length)
            {
                var end = yaml.IndexOf('\n', start);
                if (end < 0)
                {
                    if (start < yaml.Length)
                    {
                        lines.Add((start, yaml.Length - start));
                    }
                    break;
                }
                lines.Add((start, end - start));
                start = end + 1;
            }
            return lines;
        }
    }
}
