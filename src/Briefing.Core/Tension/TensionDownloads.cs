using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.Core.Tension;

/// <summary>
/// The index as data files: <c>index.csv</c> and <c>index.json</c>, with the same numbers as the page.
/// Columns and properties come in a fixed order; numbers are invariant; N and D are exact integers
/// written as strings (they outgrow a double after a few dozen months).
/// </summary>
public static class TensionDownloads
{
    public static readonly IReadOnlyList<string> CsvColumns =
        ["month", "k", "event_count", "sum_g", "N", "D", "S", "T", "no_new_events", "trend"];

    /// <summary>The word for a trend in the downloads and on the page; empty for the first month.</summary>
    public static string TrendWord(TensionTrend trend) => trend switch
    {
        TensionTrend.Deteriorated => "deteriorated",
        TensionTrend.Improved => "improved",
        TensionTrend.Unchanged => "unchanged",
        _ => "",
    };

    public static string Csv(IReadOnlyList<TensionMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var csv = new StringBuilder().Append(string.Join(',', CsvColumns)).Append('\n');
        foreach (var m in months)
        {
            string[] cells =
            [
                m.Month.ToString(), Integer(m.K), Integer(m.Events.Count), Integer(m.SumG),
                m.N.ToString(CultureInfo.InvariantCulture), m.D.ToString(CultureInfo.InvariantCulture),
                m.S.ToString(), m.T.ToString(), m.NoNewEvents ? "true" : "false", TrendWord(m.Trend),
            ];
            csv.Append(string.Join(',', cells)).Append('\n');
        }
        return csv.ToString();
    }

    /// <summary>The index, and the revisions of its published values (an empty array when there are none).</summary>
    public static string Json(Dyad dyad, IReadOnlyList<TensionMonth> months, IReadOnlyList<RevisedMonth>? revisions = null)
    {
        ArgumentNullException.ThrowIfNull(dyad);
        ArgumentNullException.ThrowIfNull(months);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("dyad");
            json.WriteStringValue(dyad.First);
            json.WriteStringValue(dyad.Second);
            json.WriteEndArray();
            json.WriteStartArray("months");
            foreach (var m in months)
            {
                WriteMonth(json, m);
            }
            json.WriteEndArray();
            RevisionDownloads.WriteJson(json, revisions ?? []);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteMonth(Utf8JsonWriter json, TensionMonth m)
    {
        json.WriteStartObject();
        json.WriteString("month", m.Month.ToString());
        json.WriteNumber("k", m.K);
        json.WriteNumber("event_count", m.Events.Count);
        json.WriteNumber("sum_g", m.SumG);
        json.WriteString("N", m.N.ToString(CultureInfo.InvariantCulture));
        json.WriteString("D", m.D.ToString(CultureInfo.InvariantCulture));
        json.WritePropertyName("S");
        json.WriteRawValue(m.S.ToString());
        json.WritePropertyName("T");
        json.WriteRawValue(m.T.ToString());
        json.WriteBoolean("no_new_events", m.NoNewEvents);
        if (m.Trend == TensionTrend.None)
        {
            json.WriteNull("trend");
        }
        else
        {
            json.WriteString("trend", TrendWord(m.Trend));
        }
        json.WriteStartArray("events");
        foreach (var e in m.Events)
        {
            json.WriteStringValue(e.Url);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
