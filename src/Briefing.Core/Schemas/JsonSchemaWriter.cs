using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.Core.Schemas;

/// <summary>
/// Writes a <see cref="DocumentSchema"/> as JSON Schema (draft-07, which the YAML language server reads):
/// unknown fields are refused, as the build refuses them. Output is byte-stable: fixed order, LF, two-space indent.
/// </summary>
public static class JsonSchemaWriter
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    public static string Write(DocumentSchema document)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Draft);
            json.WriteString("title", document.Title);
            json.WriteString("description", $"{document.Description} Files: {document.Files}.");
            WriteObjectBody(json, document.Fields);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteObjectBody(Utf8JsonWriter json, IReadOnlyList<FieldSchema> fields)
    {
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        foreach (var field in fields)
        {
            json.WriteStartObject(field.Name);
            if (field.Description.Length > 0)
            {
                json.WriteString("description", field.Description);
            }
            WriteValue(json, field);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        var required = fields.Where(f => f.Required).ToList();
        if (required.Count > 0)
        {
            json.WriteStartArray("required");
            required.ForEach(f => json.WriteStringValue(f.Name));
            json.WriteEndArray();
        }
        json.WriteBoolean("additionalProperties", false);
    }

    private static void WriteValue(Utf8JsonWriter json, FieldSchema field)
    {
        switch (field.Kind)
        {
            case FieldKind.TextList:
                // The loader takes one item written without a list, as YAML authors expect.
                json.WriteStartArray("anyOf");
                WriteInObject(json, () => WriteText(json, field));
                WriteInObject(json, () =>
                {
                    json.WriteString("type", "array");
                    json.WritePropertyName("items");
                    WriteInObject(json, () => WriteText(json, field));
                });
                json.WriteEndArray();
                break;
            case FieldKind.Record:
                WriteObjectBody(json, field.Fields!);
                break;
            case FieldKind.RecordList when field.Variants is { } variants:
                json.WriteString("type", "array");
                json.WritePropertyName("items");
                WriteInObject(json, () =>
                {
                    json.WriteStartArray("anyOf");
                    foreach (var variant in variants)
                    {
                        WriteInObject(json, () =>
                        {
                            json.WriteString("description", variant.Description);
                            WriteObjectBody(json, variant.Fields);
                        });
                    }
                    json.WriteEndArray();
                });
                break;
            case FieldKind.RecordList:
                json.WriteString("type", "array");
                json.WritePropertyName("items");
                WriteInObject(json, () => WriteObjectBody(json, field.Fields!));
                break;
            case FieldKind.TextMap:
                json.WriteString("type", "object");
                json.WritePropertyName("additionalProperties");
                WriteInObject(json, () => WriteTypes(json, ["string", "number", "boolean"]));
                break;
            default:
                WriteScalar(json, field);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter json, FieldSchema field)
    {
        var type = field.Kind switch
        {
            FieldKind.WholeNumber => "integer",
            FieldKind.Number => "number",
            FieldKind.YesNo => "boolean",
            _ => "string",
        };
        WriteTypes(json, field.Required ? [type] : [type, "null"]);
        if (field.Kind == FieldKind.Text && field.Required)
        {
            json.WriteNumber("minLength", 1);
        }
        if (field.Kind == FieldKind.Date)
        {
            json.WriteString("format", "date");
            json.WriteString("pattern", field.Pattern ?? DatePattern);
        }
        else if (field.Pattern is not null)
        {
            json.WriteString("pattern", field.Pattern);
        }
        if (field.Choices is { } choices)
        {
            json.WriteStartArray("enum");
            foreach (var choice in choices)
            {
                json.WriteStringValue(choice);
            }
            if (!field.Required)
            {
                json.WriteNullValue();
            }
            json.WriteEndArray();
        }
        if (field.Minimum is { } min)
        {
            json.WriteNumber("minimum", min);
        }
        if (field.Maximum is { } max && max < int.MaxValue)
        {
            json.WriteNumber("maximum", max);
        }
    }

    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private static void WriteText(Utf8JsonWriter json, FieldSchema field)
    {
        json.WriteString("type", "string");
        json.WriteNumber("minLength", 1);
        if (field.Pattern is not null)
        {
            json.WriteString("pattern", field.Pattern);
        }
    }

    private static void WriteTypes(Utf8JsonWriter json, string[] types)
    {
        if (types.Length == 1)
        {
            json.WriteString("type", types[0]);
            return;
        }
        json.WriteStartArray("type");
        foreach (var type in types)
        {
            json.WriteStringValue(type);
        }
        json.WriteEndArray();
    }

    private static void WriteInObject(Utf8JsonWriter json, Action write)
    {
        json.WriteStartObject();
        write();
        json.WriteEndObject();
    }
}
