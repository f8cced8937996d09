namespace Briefing.Core.Events;

/// <summary>The CAMEO actor role codes (CAMEO codebook, chapter 3, "domestic role codes") an actor may carry.</summary>
public static class ActorRoles
{
    private static readonly SortedDictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["AGR"] = "agriculture",
        ["BUS"] = "business",
        ["COP"] = "police",
        ["CRM"] = "criminal",
        ["CVL"] = "civilians",
        ["DEV"] = "development",
        ["EDU"] = "education",
        ["ELI"] = "elites",
        ["ENV"] = "environment",
        ["GOV"] = "government",
        ["HLH"] = "health",
        ["HRI"] = "human rights",
        ["INS"] = "insurgents",
        ["JUD"] = "judiciary",
        ["LAB"] = "labour",
        ["LEG"] = "legislature",
        ["MED"] = "media",
        ["MIL"] = "military",
        ["OPP"] = "opposition",
        ["REB"] = "rebels",
        ["REF"] = "refugees",
        ["SPY"] = "intelligence services",
    };

    public static IEnumerable<string> Codes => Roles.Keys;

    private static readonly Dictionary<string, string> Own = Roles.Keys.ToDictionary(code => code, StringComparer.Ordinal);

    public static bool IsKnown(string code) => Roles.ContainsKey(code);

    /// <summary>The table's own string for a known role (one string per role however many actors carry it).</summary>
    public static string Code(string code) => Own.GetValueOrDefault(code, code);

    public static string? Name(string code) => Roles.GetValueOrDefault(code);
}
