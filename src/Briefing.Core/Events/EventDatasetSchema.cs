using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.Core.Events;

/// <summary>
/// The JSON Schema (draft-07) of <c>events.json</c>, made from <see cref="EventDatasetColumns.All"/>: every column
/// required, nothing else allowed. <c>briefing schema</c> writes it to <c>schemas/</c>; the site publishes it beside
/// the data. Byte-stable: fixed order, LF, two-space indent.
/// </summary>
public static class EventDatasetSchema
{
    /// <summary>The file name in <c>schemas/</c> and beside the data.</summary>
    public const string FileName = "events-dataset.schema.json";

    private static readonly string[] ChangeTypes = ["correction", "update", "clarification"];

    public static string Write()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", "Events dataset");
            json.WriteString("description", "events.json: every event the publication records, one object per event page, with the columns of events.csv as keys in the same order. Each column is described in the codebook, /events/codebook/.");
            ObjectBody(json, () =>
            {
                Property(json, "count", "How many events the file holds.", () => { json.WriteString("type", "integer"); json.WriteNumber("minimum", 0); });
                Property(json, "codebook", "The address of the codebook page.", () => json.WriteString("type", "string"));
                Property(json, "events", "The events, in the timeline's order.", () =>
                {
                    json.WriteString("type", "array");
                    json.WriteStartObject("items");
                    ObjectBody(json, () => EventDatasetColumns.All.ToList().ForEach(c => Property(json, c.Name, c.Description, () => Column(json, c))), EventDatasetColumns.All.Select(c => c.Name));
                    json.WriteEndObject();
                });
            }, ["count", "codebook", "events"]);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Column(Utf8JsonWriter json, DatasetColumn column)
    {
        switch (column.Type)
        {
            case DatasetType.TextList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteEndObject();
                break;
            case DatasetType.Sources:
                ArrayOf(json, () => SourceProperties(json), ["kind", "url", "title", "briefing", "version", "section"]);
                break;
            case DatasetType.Changes:
                ArrayOf(json, () => ChangeProperties(json), ["type", "date", "text", "was"]);
                break;
            default:
                Types(json, column.Type switch { DatasetType.WholeNumber => "integer", DatasetType.Number => "number", _ => "string" }, column.Optional);
                if (column.Values is { } values)
                {
                    EnumOf(json, values, writeType: false);
                }
                if (column.Pattern is { } pattern)
                {
                    json.WriteString("pattern", pattern);
                }
                break;
        }
    }

    private static void SourceProperties(Utf8JsonWriter json)
    {
        Property(json, "kind", "briefing: a section of a briefing on this site; web: a page elsewhere.", () => EnumOf(json, ["briefing", "web"]));
        Property(json, "url", "The address cited: the briefing version's page at the section's anchor, or the web page.", () => json.WriteString("type", "string"));
        Property(json, "title", "The title cited, with the place in the briefing.", () => json.WriteString("type", "string"));
        Property(json, "briefing", "The briefing's slug; null for a web page.", () => Types(json, "string", true));
        Property(json, "version", "The version cited; null for a web page.", () => Types(json, "integer", true));
        Property(json, "section", "The anchor cited (a heading id or p-N); null for a web page.", () => Types(json, "string", true));
    }

    private static void ChangeProperties(Utf8JsonWriter json)
    {
        Property(json, "type", "What kind of change.", () => EnumOf(json, ChangeTypes));
        Property(json, "date", "The day the change was published.", () => { json.WriteString("type", "string"); json.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"); });
        Property(json, "text", "What changed and why, as the event's page says.", () => json.WriteString("type", "string"));
        Property(json, "was", "The earlier values of the fields the change changed; null when it changed none of them.", () =>
        {
            Types(json, "object", true);
            ObjectBody(json, () =>
            {
                Property(json, "date", "The earlier date.", () => json.WriteString("type", "string"));
                Property(json, "cameo", "The earlier CAMEO code.", () => json.WriteString("type", "string"));
                Property(json, "goldstein", "The earlier Goldstein override.", () => json.WriteString("type", "number"));
                Property(json, "actor1", "The earlier acting actor.", () => json.WriteString("type", "string"));
                Property(json, "actor2", "The earlier target.", () => json.WriteString("type", "string"));
            }, [], writeType: false);
        });
    }

    private static void ArrayOf(Utf8JsonWriter json, Action properties, string[] required)
    {
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        ObjectBody(json, properties, required);
        json.WriteEndObject();
    }

    private static void ObjectBody(Utf8JsonWriter json, Action properties, IEnumerable<string> required, bool writeType = true)
    {
        if (writeType)
        {
            json.WriteString("type", "object");
        }
        json.WriteStartObject("properties");
        properties();
        json.WriteEndObject();
        var names = required.ToList();
        if (names.Count > 0)
        {
            json.WriteStartArray("required");
            names.ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }
        json.WriteBoolean("additionalProperties", false);
    }

    private static void Property(Utf8JsonWriter json, string name, string description, Action body)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        body();
        json.WriteEndObject();
    }

    private static void Types(Utf8JsonWriter json, string type, bool nullable)
    {
        if (!nullable)
        {
            json.WriteString("type", type);
            return;
        }
        json.WriteStartArray("type");
        json.WriteStringValue(type);
        json.WriteStringValue("null");
        json.WriteEndArray();
    }

    private static void EnumOf(Utf8JsonWriter json, IReadOnlyList<string> values, bool writeType = true)
    {
        if (writeType)
        {
            json.WriteString("type", "string");
        }
        json.WriteStartArray("enum");
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
