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

    public static bool IsKnown(string code) => Roles.ContainsKey(code);

    public static string? Name(string code) => Roles.GetValueOrDefault(code);
}
