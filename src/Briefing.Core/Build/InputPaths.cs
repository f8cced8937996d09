using System.Text.RegularExpressions;
using Briefing.Core.Pages;

namespace Briefing.Core.Build;

/// <summary>What a path under <c>input/</c> is, decided from its place and name alone.</summary>
public static partial class InputPaths
{
    public const string SiteFile = "site.yml";

    /// <summary>Matches <c>briefings/&lt;slug&gt;/v&lt;N&gt;.md</c>.</summary>
    [GeneratedRegex(@"^briefings/(?<slug>[^/]+)/v(?<number>[0-9]+)\.md$", RegexOptions.CultureInvariant)]
    public static partial Regex BriefingVersion();

    /// <summary>Matches <c>events/&lt;name&gt;.md</c>; the name is <c>&lt;date&gt;-&lt;slug&gt;</c>, checked against the event's date.</summary>
    [GeneratedRegex(@"^events/(?<name>[^/]+)\.md$", RegexOptions.CultureInvariant)]
    public static partial Regex Event();

    [GeneratedRegex(@"^pages/(?<slug>[^/]+)\.md$", RegexOptions.CultureInvariant)]
    public static partial Regex Page();

    /// <summary>Relative path with forward slashes, the form used in every message and match.</summary>
    public static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');
}
