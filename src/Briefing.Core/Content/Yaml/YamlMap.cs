using System.Globalization;
using Briefing.Core.Diagnostics;
using Briefing.Core.Text;
using YamlDotNet.Core;

namespace Briefing.Core.Content.Yaml;

/// <summary>
/// Reads typed fields from a YAML mapping, reporting every missing, mistyped or unknown field
/// with its file, line and column. Each getter marks its key as known; <see cref="ReportUnknownFields"/>
/// then flags the rest, which catches typos such as <c>sumary:</c>.
/// </summary>
public sealed class YamlMap
{
    private readonly FrontMatterMapping _node;
    private readonly int _lineOffset;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    internal YamlMap(FrontMatterMapping node, string file, int firstLine, DiagnosticBag diagnostics, string path = "")
    {
        _node = node;
        File = file;
        _lineOffset = firstLine - 1;
        Diagnostics = diagnostics;
        Path = path;
    }

    public string File { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Where this map sits in the document, e.g. <c>changes[1]</c>, to prefix field names.</summary>
    public string Path { get; }

    /// <summary>Line of the mapping itself (its first key).</summary>
    public int Line => LineOf(_node);

    public bool Has(string key) => Find(key) is not null;

    /// <summary>The line of <paramref name="key"/>, or of the mapping when absent.</summary>
    public int LineOf(string key) => Find(key) is { } entry ? LineOf(entry.Key) : Line;

    public int ColumnOf(string key) => Find(key) is { } entry ? (int)entry.Key.Start.Column : 1;

    /// <summary>Line and column of every key of this mapping, to keep once the nodes themselves are dropped.</summary>
    public Dictionary<string, (int Line, int Column)> KeyPositions() =>
        FieldPositions().ToDictionary(f => f.Name, f => (f.Line, f.Column), StringComparer.Ordinal);

    /// <summary>
    /// Where each key of this mapping sits, in the order written (the first of two equal keys): an array, for what is
    /// kept beside every document from load to model, where a dictionary per document was 57 MB at 100,000 events.
    /// </summary>
    public (string Name, int Line, int Column)[] FieldPositions()
    {
        var fields = new (string Name, int Line, int Column)[_node.Children.Count];
        var count = 0;
        foreach (var entry in _node.Children)
        {
            if (entry.Key is FrontMatterScalar { Value: { } name } && IndexOfField(fields.AsSpan(0, count), name) < 0)
            {
                fields[count++] = (name, LineOf(entry.Key), (int)entry.Key.Start.Column);
            }
        }
        return count == fields.Length ? fields : fields[..count];
    }

    /// <summary>Where <paramref name="name"/> is among <paramref name="fields"/>, or -1: a look along a dozen names.</summary>
    internal static int IndexOfField(ReadOnlySpan<(string Name, int Line, int Column)> fields, string name)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (string.Equals(fields[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    public string? Text(string key, bool required = false)
    {
        var value = Scalar(key, required, "text");
        if (value is null)
        {
            return null;
        }
        if (required && string.IsNullOrWhiteSpace(value.Value))
        {
            Error(key, "must not be empty");
            return null;
        }
        return Shared(value.Value);
    }

    // Short values (places, codes, authors, tags) repeat across thousands of documents: one string each.
    private static string? Shared(string? value) => value is null ? null : SharedStrings.Process.Of(value);

    /// <summary>A string that must be written in quotes, for codes whose leading zeros matter.</summary>
    public string? QuotedText(string key, bool required = false)
    {
        var value = Scalar(key, required, "quoted text");
        if (value is null)
        {
            return null;
        }
        if (value.Style is not (ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted))
        {
            Error(key, $"must be quoted, like \"{value.Value}\", so that leading zeros are kept");
            return null;
        }
        return Shared(value.Value);
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var value = Scalar(key, required, "a date");
        if (value?.Value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Error(key, $"'{value.Value}' is not a date in the form YYYY-MM-DD that exists in the calendar");
        return null;
    }

    /// <summary>A day (<c>YYYY-MM-DD</c>, read as midnight UTC) or a UTC time (<c>YYYY-MM-DDTHH:MM:SSZ</c>).</summary>
    public DateTime? Timestamp(string key, bool required = false)
    {
        var value = Scalar(key, required, "a date or UTC time");
        if (value?.Value is null)
        {
            return null;
        }
        if (DateTime.TryParseExact(value.Value, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
        {
            return DateTime.SpecifyKind(time, DateTimeKind.Utc);
        }
        Error(key, $"'{value.Value}' is not a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDTHH:MM:SSZ) that exists in the calendar");
        return null;
    }

    private static readonly string[] TimestampFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    public int? WholeNumber(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var value = Scalar(key, required, "a whole number");
        if (value?.Value is null)
        {
            return null;
        }
        if (!int.TryParse(value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Error(key, $"'{value.Value}' is not a whole number");
            return null;
        }
        if (number < min || number > max)
        {
            Error(key, $"{number} is out of range ({min} to {max})");
            return null;
        }
        return number;
    }

    public decimal? Number(string key, bool required = false)
    {
        var value = Scalar(key, required, "a number");
        if (value?.Value is null)
        {
            return null;
        }
        if (decimal.TryParse(value.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        Error(key, $"'{value.Value}' is not a number");
        return null;
    }

    /// <summary>A list of strings; a single string is accepted as a list of one.</summary>
    public IReadOnlyList<string> TextList(string key, bool required = false)
    {
        var node = Node(key, required);
        switch (node)
        {
            case null:
                return [];
            case FrontMatterScalar scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return [Shared(scalar.Value)!];
            case FrontMatterSequence sequence:
                var items = new List<string>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    if (item is FrontMatterScalar { Value: { } text } itemScalar && !string.IsNullOrWhiteSpace(text))
                    {
                        if (!HasUnsafeCharacter(itemScalar, key))
                        {
                            items.Add(Shared(text)!);
                        }
                    }
                    else
                    {
                        ErrorAt(item, key, "every item must be non-empty text");
                    }
                }
                if (required && items.Count == 0)
                {
                    Error(key, "must list at least one item");
                }
                return items;
            default:
                Error(key, "must be a list of text items");
                return [];
        }
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }
        if (node is FrontMatterMapping map)
        {
            return new YamlMap(map, File, _lineOffset + 1, Diagnostics, Qualified(key));
        }
        Error(key, "must be a mapping of 'field: value' lines");
        return null;
    }

    public IReadOnlyList<YamlMap> MapList(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return [];
        }
        if (node is not FrontMatterSequence sequence)
        {
            Error(key, "must be a list of mappings (lines starting with '- ')");
            return [];
        }
        var maps = new List<YamlMap>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is FrontMatterMapping map)
            {
                maps.Add(new YamlMap(map, File, _lineOffset + 1, Diagnostics, $"{Qualified(key)}[{i}]"));
            }
            else
            {
                ErrorAt(sequence.Children[i], key, $"item {i + 1} must be a mapping of 'field: value' lines");
            }
        }
        if (required && maps.Count == 0)
        {
            Error(key, "must list at least one item");
        }
        return maps;
    }

    // One empty set of extra values for every document without any (nearly all), never written to.
    private static readonly IReadOnlyDictionary<string, string> NoExtra = new SortedDictionary<string, string>(StringComparer.Ordinal).AsReadOnly();

    /// <summary>Free-form text values under <c>extra:</c>, the one escape hatch for fields the records do not know.</summary>
    public IReadOnlyDictionary<string, string> Extra(string key = "extra")
    {
        var map = Map(key);
        if (map is null)
        {
            return NoExtra;
        }
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in map._node.Children)
        {
            if (k is FrontMatterScalar { Value: { } name } && v is FrontMatterScalar { Value: { } text } value)
            {
                if (!map.HasUnsafeCharacter(value, name))
                {
                    result[name] = text;
                }
            }
            else
            {
                map.ErrorAt(k, key, "extra values must be plain text");
            }
        }
        return result;
    }

    /// <summary>Reports each key no getter asked for. Call after reading every known field.</summary>
    public void ReportUnknownFields()
    {
        var children = _node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var key = children[i].Key;
            var name = (key as FrontMatterScalar)?.Value ?? "?";
            if (!_known.Contains(name))
            {
                var known = string.Join(", ", _known.Order(StringComparer.Ordinal));
                Diagnostics.Error(File, LineOf(key), (int)key.Start.Column,
                    $"unknown field; the fields allowed here are: {known} (put anything else under 'extra:')", Qualified(name));
            }
        }
    }

    /// <summary>An error about <paramref name="key"/>, placed on its line.</summary>
    public void Error(string key, string message)
    {
        _known.Add(key);
        Diagnostics.Error(File, LineOf(key), ColumnOf(key), message, Qualified(key));
    }

    private void ErrorAt(FrontMatterNode node, string key, string message) =>
        Diagnostics.Error(File, LineOf(node), (int)node.Start.Column, message, Qualified(key));

    private FrontMatterScalar? Scalar(string key, bool required, string expected)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }
        if (node is FrontMatterScalar scalar)
        {
            if (scalar.Value is null || (scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or ""))
            {
                if (required)
                {
                    Error(key, $"is required and must be {expected}");
                }
                return null;
            }
            return HasUnsafeCharacter(scalar, key) ? null : scalar;
        }
        Error(key, $"must be {expected}, not a {(node is FrontMatterSequence ? "list" : "mapping")}");
        return null;
    }

    // The loader refuses these characters in the file's text; YAML escapes ("\u202E") can still produce them. A line
    // break is allowed here as it is in the file: a block scalar ("summary: >") ends with one, and holds one per line ("|").
    private bool HasUnsafeCharacter(FrontMatterScalar scalar, string key)
    {
        if (scalar.Value is not { } value || !UnsafeCharacters.Any(value))
        {
            return false;
        }
        var first = value.First(c => c != '\n' && UnsafeCharacters.IsUnsafe(c));
        ErrorAt(scalar, key, $"contains the invisible character {UnsafeCharacters.Describe(first)}, which is not allowed; delete it");
        return true;
    }

    private FrontMatterNode? Node(string key, bool required)
    {
        _known.Add(key);
        var entry = Find(key);
        if (entry is null)
        {
            if (required)
            {
                Diagnostics.Error(File, Line, 1, "is required but missing", Qualified(key));
            }
            return null;
        }
        return entry.Value.Value;
    }

    // By position, here and in ReportUnknownFields: a foreach over the children boxes an enumerator, one for every
    // field read (a twentieth of what loading the product corpus allocated).
    private KeyValuePair<FrontMatterNode, FrontMatterNode>? Find(string key)
    {
        var children = _node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var entry = children[i];
            if (entry.Key is FrontMatterScalar { Value: { } name } && string.Equals(name, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }
        return null;
    }

    private string Qualified(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    private int LineOf(FrontMatterNode node) => node.Start.Line > 0 ? (int)node.Start.Line + _lineOffset : Math.Max(1, _lineOffset + 1);
}
