using System.Text;

namespace Briefing.Core.Tests.Fuzz;

/// <summary>One way of damaging a file: a name for reports and a function of the bytes and a seeded random source.</summary>
internal sealed record Mutation(string Name, Func<byte[], Random, byte[]> Apply);

/// <summary>
/// The damage real pull requests and editors do to content files, and the damage attackers do on
/// purpose: every function is deterministic given its <see cref="Random"/>.
/// </summary>
internal static class Mutations
{
    private static readonly byte[] Structural = "\n:-[]{}\"'#>|*&!,`".Select(c => (byte)c).ToArray();

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    private static readonly string[] WrongValues =
    [
        "[a, b]", "{a: b}", "", "~", "null", "- x", "'", "\"unterminated", "|\n  block\n  text", ">-\n  folded", "!!binary aGVsbG8=",
        "[[[]]]", "{", "}", "&anchor x", "*", "? x", "@reserved", "`tick", "%TAG ! tag:x,2000:", "true", "0x1F", ".inf", ".nan",
    ];

    private static readonly string[] ImpossibleDates =
    [
        "2025-02-30", "2025-13-01", "0000-01-01", "9999-12-32", "2025-00-10", "-2025-01-01", "2025-1-1", "20250101", "2025-02-29",
        "1e10", "2025-01-01T25:00:00", "99999-01-01", "２０２５-０１-０１", "2025‐01‐01", "[2025-01-01]",
    ];

    private static readonly string[] HugeNumbers =
    [
        "99999999999999999999999999999999999999", "-99999999999999999999", "1e308", "1e999999", "2147483648", "-2147483649",
        "0.0000000000000000000000000000000000001", "NaN", "Infinity", "0x7FFFFFFFFFFFFFFF", "9" + new string('9', 10_000),
    ];

    private static readonly string[] YamlTags = ["!!int 12", "!!map {}", "!!seq []", "!custom x", "!!python/object:os.system x", "!<tag:yaml.org,2002:str> x"];

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("random bytes overwritten", (b, r) => Overwrite(b, r, r.Next(1, 8))),
        new("random bytes inserted", (b, r) => Insert(b, r.Next(b.Length + 1), RandomBytes(r, r.Next(1, 16)))),
        new("bytes deleted", DeleteRange),
        new("invalid UTF-8", (b, r) => Insert(b, r.Next(b.Length + 1), Pick(r, InvalidUtf8))),
        new("UTF-8 BOM", (b, _) => [0xEF, 0xBB, 0xBF, .. b]),
        new("double BOM", (b, _) => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. b]),
        new("UTF-16 BOM", (b, _) => [0xFF, 0xFE, .. b]),
        new("BOM mid-file", (b, r) => Insert(b, LineStart(b, r), [0xEF, 0xBB, 0xBF])),
        new("CRLF", (b, _) => Text(Text(b).Replace("\n", "\r\n", StringComparison.Ordinal))),
        new("lone CR", (b, _) => Text(Text(b).Replace('\n', '\r'))),
        new("mixed line endings", (b, r) => Text(Text(b).Replace("\n", r.Next(2) == 0 ? "\r\n" : "\r", StringComparison.Ordinal) + "\n\r\n\r")),
        new("tab indentation", (b, _) => Text(Text(b).Replace("\n  ", "\n\t", StringComparison.Ordinal).Replace("\n- ", "\n\t- ", StringComparison.Ordinal))),
        new("tab after key", (b, _) => Text(Text(b).Replace(": ", ":\t", StringComparison.Ordinal))),
        new("very long line", (b, r) => Insert(b, LineStart(b, r), Encoding.UTF8.GetBytes(new string('x', r.Next(50_000, 400_000)) + "\n"))),
        new("very long value", (b, _) => Text(Text(b).Replace("title: ", "title: " + new string('é', 100_000), StringComparison.Ordinal))),
        new("deep YAML flow nesting", (b, r) => AfterFence(b, "extra: " + new string('[', r.Next(1_000, 50_000)) + "\n")),
        new("deep YAML block nesting", (b, r) => AfterFence(b, DeepBlockYaml(r.Next(200, 2_000)))),
        new("deep Markdown quotes", (b, r) => Append(b, new string('>', r.Next(1_000, 100_000)) + " deep\n")),
        new("deep Markdown lists", (b, r) => Append(b, DeepList(r.Next(100, 2_000)))),
        new("deep Markdown emphasis", (b, r) => Append(b, new string('*', r.Next(1_000, 50_000)) + "x" + new string('*', r.Next(1_000, 50_000)) + "\n")),
        new("deep Markdown brackets", (b, r) => Append(b, string.Concat(Enumerable.Repeat("[", r.Next(1_000, 50_000))) + "x" + string.Concat(Enumerable.Repeat("](y)", r.Next(10, 5_000))) + "\n")),
        new("alias bomb", (b, r) => AfterFence(b, BillionLaughs(r.Next(5, 12)))),
        new("alias bomb as tags", (b, _) => AfterFence(b, "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ntags: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n")),
        new("alias as key", (b, _) => AfterFence(b, "? &k [a, b]\n: 1\n? *k\n: 2\n")),
        new("undefined alias", (b, _) => AfterFence(b, "title: *nowhere\n")),
        new("recursive-looking anchor", (b, _) => AfterFence(b, "extra: &e {a: *e}\n")),
        new("merge key", (b, _) => AfterFence(b, "base: &b {title: x}\n<<: *b\n")),
        new("duplicate key", (b, r) => DuplicateALine(b, r)),
        new("wrong type", (b, r) => ReplaceValue(b, r, Pick(r, WrongValues))),
        new("impossible date", (b, r) => ReplaceValue(b, r, Pick(r, ImpossibleDates), "date")),
        new("huge number", (b, r) => ReplaceValue(b, r, Pick(r, HugeNumbers))),
        new("YAML tag", (b, r) => ReplaceValue(b, r, Pick(r, YamlTags))),
        new("control characters", (b, r) => Insert(b, r.Next(b.Length + 1), [0x00, 0x01, 0x1B, 0x7F, 0x0B, 0x0C])),
        new("bidi and invisible characters", (b, r) => Insert(b, r.Next(b.Length + 1), Encoding.UTF8.GetBytes("\u202E\u2066\u200B\u2028\u2029\uFEFF"))),
        new("fence removed", (b, _) => Text(Text(b).Replace("---\n", "", StringComparison.Ordinal))),
        new("extra fence", (b, r) => Insert(b, LineStart(b, r), "---\n"u8.ToArray())),
        new("document end marker", (b, r) => Insert(b, LineStart(b, r), "...\n"u8.ToArray())),
        new("second YAML document", (b, _) => AfterFence(b, "---\ntitle: two\n")),
        new("line deleted", (b, r) => DeleteLine(b, r)),
        new("lines swapped", (b, r) => SwapLines(b, r)),
        new("line duplicated many times", (b, r) => RepeatLine(b, r, r.Next(2, 2_000))),
        new("empty file", (_, _) => []),
        new("only whitespace", (_, r) => Encoding.UTF8.GetBytes(new string(' ', r.Next(1, 100)) + "\n\t\n")),
        new("only a fence", (_, _) => "---\n"u8.ToArray()),
        new("only front matter", (b, _) => OnlyFrontMatter(b)),
        new("template syntax in text", (b, r) => Insert(b, LineStart(b, r), Encoding.UTF8.GetBytes("{{ include \"tags\" }} {{ Site.Title }} {%{ {{x}} }%} {{~ end ~}} {{> base}} {{{Site.Title}}}\n"))),
        new("HTML in text", (b, r) => Insert(b, LineStart(b, r), Encoding.UTF8.GetBytes("<script>alert(1)</script><img src=x onerror=alert(1)>\n"))),
    ];

    /// <summary>The offsets just before each structural byte (newline, colon, bracket, quote …), where a truncated save would cut.</summary>
    public static IEnumerable<int> StructuralPoints(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (Array.IndexOf(Structural, bytes[i]) >= 0)
            {
                yield return i;
                yield return i + 1;
            }
        }
    }

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static byte[] Pick(Random random, byte[][] options) => options[random.Next(options.Length)];

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Overwrite(byte[] bytes, Random random, int count)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < count && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }
        return copy;
    }

    private static byte[] DeleteRange(byte[] bytes, Random random)
    {
        var start = random.Next(bytes.Length + 1);
        var end = Math.Min(bytes.Length, start + random.Next(1, 64));
        return [.. bytes[..start], .. bytes[end..]];
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes[..at], .. inserted, .. bytes[at..]];

    private static byte[] Append(byte[] bytes, string text) => [.. bytes, .. Text("\n" + text)];

    private static int LineStart(byte[] bytes, Random random)
    {
        var starts = new List<int> { 0 };
        starts.AddRange(Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == '\n').Select(i => i + 1));
        return starts[random.Next(starts.Count)];
    }

    private static string[] Lines(byte[] bytes) => Text(bytes).Split('\n');

    private static byte[] Join(IEnumerable<string> lines) => Text(string.Join('\n', lines));

    /// <summary>Inserts front-matter lines just after the opening fence (or at the top of a plain YAML file).</summary>
    private static byte[] AfterFence(byte[] bytes, string yaml)
    {
        var lines = Lines(bytes).ToList();
        lines.Insert(lines.Count > 0 && lines[0] == "---" ? 1 : 0, yaml.TrimEnd('\n'));
        return Join(lines);
    }

    private static byte[] DuplicateALine(byte[] bytes, Random random)
    {
        var lines = Lines(bytes).ToList();
        var keys = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
        if (keys.Count == 0)
        {
            return bytes;
        }
        var line = keys[random.Next(keys.Count)];
        lines.Insert(line + 1, lines[line]);
        return Join(lines);
    }

    private static byte[] ReplaceValue(byte[] bytes, Random random, string value, string? key = null)
    {
        var lines = Lines(bytes);
        var candidates = Enumerable.Range(0, lines.Length)
            .Where(i => key is null ? lines[i].Contains(": ", StringComparison.Ordinal) : lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            .ToList();
        if (candidates.Count == 0)
        {
            return bytes;
        }
        var at = candidates[random.Next(candidates.Count)];
        var colon = lines[at].IndexOf(':', StringComparison.Ordinal);
        lines[at] = lines[at][..(colon + 1)] + " " + value;
        return Join(lines);
    }

    private static byte[] DeleteLine(byte[] bytes, Random random)
    {
        var lines = Lines(bytes).ToList();
        lines.RemoveAt(random.Next(lines.Count));
        return Join(lines);
    }

    private static byte[] SwapLines(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        var a = random.Next(lines.Length);
        var b = random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return Join(lines);
    }

    private static byte[] RepeatLine(byte[] bytes, Random random, int times)
    {
        var lines = Lines(bytes).ToList();
        var at = random.Next(lines.Count);
        // Bounded so that one case stays a few megabytes: the 32 MB file limit has its own test.
        times = Math.Min(times, 4_000_000 / Math.Max(1, lines[at].Length));
        lines.InsertRange(at, Enumerable.Repeat(lines[at], times));
        return Join(lines);
    }

    private static byte[] OnlyFrontMatter(byte[] bytes)
    {
        var text = Text(bytes);
        var close = text.Length < 4 ? -1 : text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return close < 0 ? bytes : Text(text[..(close + 5)]);
    }

    private static string DeepBlockYaml(int depth)
    {
        var builder = new StringBuilder("extra:\n");
        for (var i = 1; i <= depth; i++)
        {
            builder.Append(' ', i * 2).Append("k:\n");
        }
        return builder.ToString();
    }

    private static string DeepList(int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append(' ', i * 2).Append("- item\n");
        }
        return builder.ToString();
    }

    private static string BillionLaughs(int levels)
    {
        var builder = new StringBuilder("l0: &l0 \"lol\"\n");
        for (var i = 1; i <= levels; i++)
        {
            var previous = string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10));
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"l{i}: &l{i} [{previous}]\n");
        }
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"extra: {{bomb: *l{levels}}}\n");
        return builder.ToString();
    }
}
