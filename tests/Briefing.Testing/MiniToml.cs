using System.Globalization;
using System.Text;

namespace Briefing.Testing;

/// <summary>
/// Just enough TOML to read <c>netlify.toml</c> in tests (no TOML package is available here):
/// comments, <c>[table]</c> and dotted <c>[a.b]</c> headers, <c>[[array.of.tables]]</c>, and
/// <c>key = value</c> with basic or literal strings, integers and booleans. Anything else throws,
/// so an unsupported construct fails the test loudly rather than being misread.
/// Tables are <c>Dictionary&lt;string, object&gt;</c>; arrays of tables are <c>List&lt;Dictionary&lt;string, object&gt;&gt;</c>.
/// </summary>
public static class MiniToml
{
    public static Dictionary<string, object> Parse(string text)
    {
        var root = new Dictionary<string, object>(StringComparer.Ordinal);
        var current = root;
        var lineNumber = 0;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            lineNumber++;
            var line = StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (line.StartsWith("[[", StringComparison.Ordinal) && line.EndsWith("]]", StringComparison.Ordinal))
            {
                current = AppendTable(root, Keys(line[2..^2]));
            }
            else if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = Table(root, Keys(line[1..^1]));
            }
            else
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    throw new FormatException($"line {lineNumber}: expected 'key = value': {raw}");
                }
                current[Unquote(line[..equals].Trim())] = Value(line[(equals + 1)..].Trim(), lineNumber);
            }
        }
        return root;
    }

    private static string[] Keys(string dotted) => dotted.Split('.').Select(k => Unquote(k.Trim())).ToArray();

    private static string Unquote(string key) => key.Length >= 2 && key[0] == '"' && key[^1] == '"' ? key[1..^1] : key;

    /// <summary>The table a header names, walking into the last element of any array of tables on the way (TOML's rule).</summary>
    private static Dictionary<string, object> Table(Dictionary<string, object> root, string[] keys)
    {
        var table = root;
        foreach (var key in keys)
        {
            table = table.TryGetValue(key, out var existing)
                ? existing switch
                {
                    Dictionary<string, object> d => d,
                    List<Dictionary<string, object>> list => list[^1],
                    _ => throw new FormatException($"'{key}' is a value, not a table"),
                }
                : (Dictionary<string, object>)(table[key] = new Dictionary<string, object>(StringComparer.Ordinal));
        }
        return table;
    }

    private static Dictionary<string, object> AppendTable(Dictionary<string, object> root, string[] keys)
    {
        var parent = Table(root, keys[..^1]);
        if (!parent.TryGetValue(keys[^1], out var existing))
        {
            parent[keys[^1]] = existing = new List<Dictionary<string, object>>();
        }
        var table = new Dictionary<string, object>(StringComparer.Ordinal);
        ((List<Dictionary<string, object>>)existing).Add(table);
        return table;
    }

    private static object Value(string text, int line)
    {
        if (text.StartsWith('"') && text.EndsWith('"') && text.Length >= 2)
        {
            return BasicString(text[1..^1]);
        }
        if (text.StartsWith('\'') && text.EndsWith('\'') && text.Length >= 2)
        {
            return text[1..^1];
        }
        if (text is "true" or "false")
        {
            return text == "true";
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        throw new FormatException($"line {line}: unsupported value {text}");
    }

    private static string BasicString(string body)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\')
            {
                builder.Append(body[i]);
                continue;
            }
            i++;
            builder.Append(body[i] switch
            {
                '"' => '"',
                '\\' => '\\',
                'n' => '\n',
                't' => '\t',
                _ => throw new FormatException($"unsupported escape \\{body[i]}"),
            });
        }
        return builder.ToString();
    }

    /// <summary>The line without a trailing <c># comment</c>, leaving a '#' inside a string alone.</summary>
    private static string StripComment(string line)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is null && c == '#')
            {
                return line[..i];
            }
            if (c == '\\' && quote == '"')
            {
                i++;
            }
            else if (c is '"' or '\'')
            {
                quote = quote is null ? c : quote == c ? null : quote;
            }
        }
        return line;
    }
}
