using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Core.Text;

namespace Briefing.Core.Tension;

/// <summary>
/// The revisions of the index as data: <c>revisions.csv</c> (RFC 4180, CRLF) and the <c>revisions</c> array of
/// <c>index.json</c>, one row per step that moved a month's value, by month, then day, then step.
/// </summary>
public static class RevisionDownloads
{
    public static readonly IReadOnlyList<string> Columns =
        ["month", "revised_on", "step", "T_before", "T_after", "trend_before", "trend_after", "cause", "change_type", "event", "event_url", "note"];

    /// <summary>How a cause is written in the downloads.</summary>
    public static string CauseWord(RevisionCause cause) => cause == RevisionCause.Change ? "change" : "recorded_late";

    public static string Csv(IReadOnlyList<RevisedMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var csv = Text.Csv.AppendRecord(new StringBuilder(), Columns);
        foreach (var r in months.SelectMany(m => m.Revisions))
        {
            Text.Csv.AppendRecord(csv,
            [
                r.Month.ToString(), Day(r.Day), r.Step.ToString(CultureInfo.InvariantCulture), r.Before.ToString(), r.After?.ToString() ?? "",
                TensionDownloads.TrendWord(r.TrendBefore), r.TrendAfter is { } after ? TensionDownloads.TrendWord(after) : "",
                CauseWord(r.Cause), r.ChangeType ?? "", r.Event.Id, r.Event.Url, r.Note ?? "",
            ]);
        }
        return csv.ToString();
    }

    /// <summary>Writes the <c>revisions</c> array, its properties in the order of <see cref="Columns"/>.</summary>
    public static void WriteJson(Utf8JsonWriter json, IReadOnlyList<RevisedMonth> months)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(months);
        json.WriteStartArray("revisions");
        foreach (var r in months.SelectMany(m => m.Revisions))
        {
            json.WriteStartObject();
            json.WriteString("month", r.Month.ToString());
            json.WriteString("revised_on", Day(r.Day));
            json.WriteNumber("step", r.Step);
            json.WritePropertyName("T_before");
            json.WriteRawValue(r.Before.ToString());
            json.WritePropertyName("T_after");
            if (r.After is { } after)
            {
                json.WriteRawValue(after.ToString());
            }
            else
            {
                json.WriteNullValue();
            }
            WriteTrend(json, "trend_before", r.TrendBefore);
            WriteTrend(json, "trend_after", r.TrendAfter ?? TensionTrend.None);
            json.WriteString("cause", CauseWord(r.Cause));
            WriteOptional(json, "change_type", r.ChangeType);
            json.WriteString("event", r.Event.Id);
            json.WriteString("event_url", r.Event.Url);
            WriteOptional(json, "note", r.Note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteTrend(Utf8JsonWriter json, string name, TensionTrend trend) =>
        WriteOptional(json, name, trend == TensionTrend.None ? null : TensionDownloads.TrendWord(trend));

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
