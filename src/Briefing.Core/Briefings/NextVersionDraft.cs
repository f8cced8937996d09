using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Core.Briefings;

/// <summary>
/// The first draft of a briefing's next version: the latest version's text with a new date and,
/// in place of its <c>changes:</c>, a stub the author must fill in. The stub's type is deliberately
/// not a valid change type, so the site does not build until the author says what kind of change it is.
/// Pure: text in, text out.
/// </summary>
public static partial class NextVersionDraft
{
    /// <summary>The value the stub gives <c>type:</c>; the build rejects it until the author picks one.</summary>
    public const string TypePlaceholder = "correction | update | clarification";

    public static string Stub =>
        "changes:\n" +
        $"  - type: {TypePlaceholder}\n" +
        "    text: \"Say what this version changes; for a correction, what was wrong and what it now says.\"\n";

    /// <summary>True when <paramref name="text"/> still carries the unfilled stub, i.e. it is a draft nobody finished.</summary>
    public static bool IsUnfinished(string text) =>
        text.Contains($"type: {TypePlaceholder}", StringComparison.Ordinal);

    /// <summary>The draft, or null when <paramref name="latest"/> does not start with front matter between '---' lines.</summary>
    public static string? Create(string latest, DateOnly date)
    {
        var lines = latest.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var close = Array.IndexOf(lines, "---", 1);
        if (lines.Length == 0 || lines[0] != "---" || close < 0)
        {
            return null;
        }
        var draft = new StringBuilder("---\n");
        var skipping = false;
        for (var i = 1; i < close; i++)
        {
            var line = lines[i];
            if (TopLevelKey().Match(line) is { Success: true } key)
            {
                skipping = key.Groups["key"].Value == "changes";
                if (key.Groups["key"].Value == "date")
                {
                    line = "date: " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
            }
            if (!skipping)
            {
                draft.Append(line).Append('\n');
            }
        }
        draft.Append(Stub);
        draft.Append(string.Join('\n', lines[close..]));
        return draft.ToString();
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_-]*)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelKey();
}
