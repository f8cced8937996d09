using System.Globalization;

namespace Briefing.Core.Events;

/// <summary>
/// The CAMEO code table with Goldstein values, read once from the embedded <c>Data/cameo.tsv</c>
/// (GDELT's lookup tables; see <c>Data/README.md</c>). Codes are compared as strings, so
/// <c>010</c> and <c>10</c> are different codes, and only the second does not exist.
/// </summary>
public sealed class CameoTable
{
    private readonly Dictionary<string, CameoEntry> _entries;

    private CameoTable(Dictionary<string, CameoEntry> entries) => _entries = entries;

    /// <summary>The table shipped with the generator.</summary>
    public static CameoTable Default { get; } = Parse(EmbeddedData.Read("cameo.tsv"));

    public int Count => _entries.Count;

    public CameoEntry? Find(string code) => _entries.GetValueOrDefault(code);

    /// <summary>Parses the TSV text: a header line, then <c>code, goldstein, quad_class, description</c>.</summary>
    public static CameoTable Parse(string tsv)
    {
        var entries = new Dictionary<string, CameoEntry>(StringComparer.Ordinal);
        foreach (var line in tsv.Split('\n').Skip(1).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0))
        {
            var columns = line.Split('\t');
            if (columns.Length != 4)
            {
                throw new FormatException($"cameo.tsv: expected 4 columns in '{line}'");
            }
            entries.Add(columns[0], new CameoEntry(
                columns[0],
                decimal.Parse(columns[1], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
                int.Parse(columns[2], CultureInfo.InvariantCulture),
                columns[3]));
        }
        return new CameoTable(entries);
    }
}
