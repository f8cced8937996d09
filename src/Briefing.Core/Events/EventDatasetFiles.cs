using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Core.Text;
using CsvFormat = Briefing.Core.Text.Csv;

namespace Briefing.Core.Events;

/// <summary>
/// <c>events.csv</c> (RFC 4180: a header, CRLF line ends, cells quoted when they must be) and <c>events.json</c>,
/// with the columns of <see cref="EventDatasetColumns.All"/> in their order. Pure and invariant: numbers with a
/// point and one decimal, dates ISO 8601, the same rows give the same bytes. Each file is a head, one piece per row
/// (<see cref="CsvRecord"/>, <see cref="JsonObject"/>) and a tail, so that a rebuild can encode only the rows that
/// changed and copy the others (<see cref="DatasetPieces"/>).
/// </summary>
public static class EventDatasetFiles
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How <c>events.csv</c> is put together: the header record, then the records, nothing between or after.</summary>
    public static DatasetLayout CsvLayout { get; } = new(Utf8.GetBytes(CsvFormat.AppendRecord(new StringBuilder(), EventDatasetColumns.All.Select(c => c.Name)).ToString()), [], []);

    /// <summary>
    /// How <c>events.json</c> is put together: <c>{"count": N, "codebook": URL, "events": [</c>, the objects
    /// (<see cref="JsonObject"/>) separated by commas, then the closing brackets, indented as one writer would.
    /// </summary>
    public static DatasetLayout JsonLayout(int count, string codebookUrl)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            WriteHead(json, count, codebookUrl);
        }
        // The writer closes an empty array on the same line, a full one on a line of its own.
        return new DatasetLayout(buffer.ToArray(), ","u8.ToArray(), count == 0 ? "]\n}\n"u8.ToArray() : "\n  ]\n}\n"u8.ToArray());
    }

    public static byte[] Csv(IReadOnlyList<EventRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return CsvLayout.Join(rows.Select(r => (ReadOnlyMemory<byte>)CsvRecord(r)).ToList());
    }

    /// <summary><c>{"count": N, "codebook": URL, "events": [rows]}</c>, each row's keys in column order.</summary>
    public static byte[] Json(IReadOnlyList<EventRow> rows, string codebookUrl)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return JsonLayout(rows.Count, codebookUrl).Join(rows.Select(r => (ReadOnlyMemory<byte>)JsonObject(r)).ToList());
    }

    // A writer's pending bytes are pushed into the stream past this: they are the writer's own buffer until then.
    private const int FlushAbove = 1 << 16;

    /// <summary>
    /// <c>events.json</c> written row after row by one writer into <paramref name="output"/> (the file itself, when a
    /// build keeps nothing for a next one): byte for byte <see cref="Json"/>, without an array per row or one for the
    /// whole file. At 100,000 events the rows' arrays were 160 MB that lived through collections until the file was
    /// joined, and the whole file (as pooled blocks, then one array) was 160 MB of large objects, whose budget started
    /// full collections of the model's heap. <paramref name="row"/> gives the row at each place.
    /// </summary>
    public static void JsonStreamed(Stream output, int count, Func<int, EventRow> row, string codebookUrl)
    {
        ArgumentNullException.ThrowIfNull(row);
        using (var json = new Utf8JsonWriter(output, JsonOptions))
        {
            WriteHead(json, count, codebookUrl);
            for (var i = 0; i < count; i++)
            {
                WriteRow(json, row(i));
                if (json.BytesPending > FlushAbove)
                {
                    json.Flush();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write("\n"u8);
    }

    /// <summary><c>events.csv</c> written row after row into <paramref name="output"/>: byte for byte <see cref="Csv"/>, as <see cref="JsonStreamed"/> is <see cref="Json"/>.</summary>
    public static void CsvStreamed(Stream output, int count, Func<int, EventRow> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        output.Write(CsvLayout.Head);
        // Every record ends with CRLF, so no character is split between two records: encoding them as one text is
        // encoding each on its own.
        using var text = new StreamWriter(output, Utf8, FlushAbove, leaveOpen: true);
        var record = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Write(AppendCsvRecord(record.Clear(), row(i)));
        }
    }

    /// <summary>One row of <c>events.csv</c>, with its CRLF.</summary>
    public static byte[] CsvRecord(EventRow r) => Utf8.GetBytes(AppendCsvRecord(new StringBuilder(), r).ToString());

    private static StringBuilder AppendCsvRecord(StringBuilder csv, EventRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return CsvFormat.AppendRecord(csv,
        [
            r.Id, r.Url, r.Title, r.Date, r.DatePrecision, r.Recorded ?? "", r.Location,
            r.Actor1, r.Actor1Country, r.Actor1Role ?? "", r.Actor2, r.Actor2Country, r.Actor2Role ?? "",
            r.Cameo, r.CameoLabel, Integer(r.QuadClass), Decimal(r.Goldstein), r.GoldsteinOrigin, Decimal(r.GoldsteinTable), r.GoldsteinReason ?? "",
            r.Fatalities is { } killed ? Integer(killed) : "", r.Injured is { } hurt ? Integer(hurt) : "",
            string.Join(EventDatasetColumns.ListSeparator, r.Tags),
            string.Join(EventDatasetColumns.ListSeparator, r.Sources.Select(s => s.Url)),
            string.Join(EventDatasetColumns.ListSeparator, r.Changes.Select(ChangeText)),
            r.Summary,
        ]);
    }

    /// <summary>
    /// One row of <c>events.json</c> as it sits in the <c>events</c> array, from the line break before its opening
    /// brace to its closing brace: written by the same writer, at the same depth, as the whole file would be.
    /// </summary>
    public static byte[] JsonObject(EventRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return JsonScratch.Bytes(JsonOptions, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("events");
            json.Flush();
            var start = json.BytesCommitted;
            WriteRow(json, r);
            json.Flush();
            return start;
        });
    }

    // Everything before the first row: the one definition both ways of writing the file share.
    private static void WriteHead(Utf8JsonWriter json, int count, string codebookUrl)
    {
        json.WriteStartObject();
        json.WriteNumber("count", count);
        json.WriteString("codebook", codebookUrl);
        json.WriteStartArray("events");
    }

    private static void WriteRow(Utf8JsonWriter json, EventRow r)
    {
        json.WriteStartObject();
        json.WriteString("id", r.Id);
        json.WriteString("url", r.Url);
        json.WriteString("title", r.Title);
        json.WriteString("date", r.Date);
        json.WriteString("date_precision", r.DatePrecision);
        Text(json, "recorded", r.Recorded);
        json.WriteString("location", r.Location);
        json.WriteString("actor1", r.Actor1);
        json.WriteString("actor1_country", r.Actor1Country);
        Text(json, "actor1_role", r.Actor1Role);
        json.WriteString("actor2", r.Actor2);
        json.WriteString("actor2_country", r.Actor2Country);
        Text(json, "actor2_role", r.Actor2Role);
        json.WriteString("cameo", r.Cameo);
        json.WriteString("cameo_label", r.CameoLabel);
        json.WriteNumber("quad_class", r.QuadClass);
        Number(json, "goldstein", r.Goldstein);
        json.WriteString("goldstein_origin", r.GoldsteinOrigin);
        Number(json, "goldstein_table", r.GoldsteinTable);
        Text(json, "goldstein_reason", r.GoldsteinReason);
        Whole(json, "fatalities", r.Fatalities);
        Whole(json, "injured", r.Injured);
        json.WriteStartArray("tags");
        r.Tags.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteStartArray("sources");
        r.Sources.ToList().ForEach(s => WriteSource(json, s));
        json.WriteEndArray();
        json.WriteStartArray("changes");
        r.Changes.ToList().ForEach(c => WriteChange(json, c));
        json.WriteEndArray();
        json.WriteString("summary", r.Summary);
        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, SourceRow s)
    {
        json.WriteStartObject();
        json.WriteString("kind", s.Kind);
        json.WriteString("url", s.Url);
        json.WriteString("title", s.Title);
        Text(json, "briefing", s.Briefing);
        Whole(json, "version", s.Version);
        Text(json, "section", s.Section);
        json.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter json, ChangeRow c)
    {
        json.WriteStartObject();
        json.WriteString("type", c.Type);
        json.WriteString("date", c.Date);
        json.WriteString("text", c.Text);
        if (c.Was.Count == 0)
        {
            json.WriteNull("was");
        }
        else
        {
            json.WriteStartObject("was");
            foreach (var (field, value) in c.Was)
            {
                if (value is decimal number)
                {
                    Number(json, field, number);
                }
                else
                {
                    json.WriteString(field, (string)value);
                }
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    // "correction 2026-11-30 (was date=2025-06-30)": the CSV's short form; the text is in the JSON and on the page.
    private static string ChangeText(ChangeRow c) =>
        c.Was.Count == 0
            ? $"{c.Type} {c.Date}"
            : $"{c.Type} {c.Date} (was {string.Join(", ", c.Was.Select(w => $"{w.Field}={(w.Value is decimal d ? Decimal(d) : w.Value)}"))})";

    private static void Text(Utf8JsonWriter json, string name, string? value)
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

    private static void Whole(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, decimal value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(Decimal(value));
    }

    private static string Decimal(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
