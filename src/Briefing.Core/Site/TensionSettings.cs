using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Briefing.Core.Content.Yaml;

namespace Briefing.Core.Site;

/// <summary>
/// The <c>tension:</c> section of <c>site.yml</c>, e.g. <c>tension: {dyad: [AZE, RUS]}</c>.
/// Without it the site has no tension index.
/// </summary>
public sealed partial record TensionSettings
{
    /// <summary>
    /// The two countries whose relations the index follows, as ISO 3166-1 alpha-3 codes in capitals.
    /// Order does not matter: events count in either direction.
    /// </summary>
    /// <example>[AZE, RUS]</example>
    [RegularExpression("^[A-Z]{3}$")]
    public required IReadOnlyList<string> Dyad { get; init; }

    internal static TensionSettings? Parse(YamlMap map)
    {
        var dyad = map.TextList("dyad", required: true);
        map.ReportUnknownFields();
        if (!map.Has("dyad") || dyad.Count == 0)
        {
            return null;
        }
        if (dyad.Count != 2)
        {
            map.Error("dyad", $"must name exactly two countries, like [AZE, RUS]; it names {dyad.Count}");
            return null;
        }
        var ok = true;
        foreach (var code in dyad.Where(c => !Alpha3().IsMatch(c)))
        {
            map.Error("dyad", $"'{code}' is not an ISO 3166-1 alpha-3 code (three capital letters, like AZE)");
            ok = false;
        }
        if (ok && string.Equals(dyad[0], dyad[1], StringComparison.Ordinal))
        {
            map.Error("dyad", $"must name two different countries, not {dyad[0]} twice");
            ok = false;
        }
        return ok ? new TensionSettings { Dyad = dyad } : null;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Alpha3();
}
