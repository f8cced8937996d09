using System.Text;

namespace Briefing.Core.Text;

/// <summary>
/// CSV as RFC 4180 writes it: a header line, records ended by CRLF, a cell quoted when it holds a comma, a
/// double quote, CR or LF, and a double quote inside a quoted cell written twice. Pure: text in, text out.
/// </summary>
public static class Csv
{
    public const string LineEnd = "\r\n";

    /// <summary>One cell, quoted only when it must be.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Appends one record (the header is a record too) and its CRLF.</summary>
    public static StringBuilder AppendRecord(StringBuilder csv, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return csv.AppendJoin(',', cells.Select(Cell)).Append(LineEnd);
    }
}
