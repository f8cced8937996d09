using System.Text.RegularExpressions;

namespace Briefing.BrowserTests;

/// <summary>
/// Groups the site's URLs into kinds of page, so the tests visit one page of every kind, including
/// kinds added after these tests were written: <c>/briefings/x/</c> and <c>/briefings/y/</c> are one
/// kind (<c>briefings/*</c>), <c>/briefings/x/v2/</c> another (<c>briefings/*/v*</c>).
/// </summary>
public static partial class PageKinds
{
    /// <summary>Path segments that name a kind of page rather than a thing, kept as they are.</summary>
    private static readonly HashSet<string> Literal = new(StringComparer.Ordinal) { "history", "diff", "events", "actors", "tags", "briefings", "tension", "search" };

    public static string Of(string path)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return "home";
        }
        return string.Join('/', segments.Select((s, i) => i == 0 || Literal.Contains(s) ? s : Version().IsMatch(s) ? "v*" : "*"));
    }

    /// <summary>The first path (in ordinal order) of each kind, kinds in ordinal order.</summary>
    public static IEnumerable<(string Kind, string Path)> OnePerKind(IEnumerable<string> paths) =>
        paths.Order(StringComparer.Ordinal)
            .GroupBy(Of)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First()));

    [GeneratedRegex(@"^v\d+$")]
    private static partial Regex Version();
}
