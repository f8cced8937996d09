namespace Briefing.Core.Events;

/// <summary>ISO 3166-1 alpha-3 country codes and their names, from the embedded <c>Data/countries.tsv</c>.</summary>
public static class Countries
{
    private static readonly Dictionary<string, string> Names = EmbeddedData.Read("countries.tsv")
        .Split('\n')
        .Skip(1)
        .Where(l => l.Length > 0)
        .Select(l => l.Split('\t'))
        .ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Codes = Names.Keys.ToDictionary(code => code, StringComparer.Ordinal);

    public static bool IsKnown(string alpha3) => Names.ContainsKey(alpha3);

    /// <summary>The table's own string for a known code (one string per country however many events name it).</summary>
    public static string Code(string alpha3) => Codes.GetValueOrDefault(alpha3, alpha3);

    /// <summary>The country's short English name, or the code itself when unknown.</summary>
    public static string Name(string alpha3) => Names.GetValueOrDefault(alpha3, alpha3);
}
