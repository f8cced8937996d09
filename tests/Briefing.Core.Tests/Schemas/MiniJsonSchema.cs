using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Briefing.Core.Tests.Schemas;

/// <summary>
/// A validator for the subset of JSON Schema draft-07 that <c>JsonSchemaWriter</c> emits: type, properties,
/// required, additionalProperties, items, anyOf, enum, pattern, minLength, minimum, maximum. Any other
/// keyword fails loudly, so the writer cannot start emitting something this validator silently ignores.
/// </summary>
public static class MiniJsonSchema
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "title", "description", "format" };

    public static IReadOnlyList<string> Validate(JsonNode schema, JsonNode? value)
    {
        var errors = new List<string>();
        Check(schema.AsObject(), value, "", errors);
        return errors;
    }

    private static void Check(JsonObject schema, JsonNode? value, string path, List<string> errors)
    {
        foreach (var (keyword, argument) in schema)
        {
            if (Annotations.Contains(keyword))
            {
                continue;
            }
            var problem = keyword switch
            {
                "type" => TypeOk(argument!, value) ? null : $"is {Kind(value)}, not {argument!.ToJsonString()}",
                "enum" => argument!.AsArray().Any(a => JsonNode.DeepEquals(a, value)) ? null : $"{value?.ToJsonString() ?? "null"} is not one of {argument.ToJsonString()}",
                "pattern" => value is JsonValue v && v.TryGetValue<string>(out var s) && !Regex.IsMatch(s, argument!.GetValue<string>()) ? $"'{s}' does not match {argument.GetValue<string>()}" : null,
                "minLength" => value is JsonValue v2 && v2.TryGetValue<string>(out var s2) && s2.Length < argument!.GetValue<int>() ? "is too short" : null,
                "minimum" => IsNumber(value) && Number(value!) < Number(argument!) ? "is below the minimum" : null,
                "maximum" => IsNumber(value) && Number(value!) > Number(argument!) ? "is above the maximum" : null,
                "anyOf" => argument!.AsArray().Any(option => Validate(option!, value).Count == 0) ? null : "matches none of the allowed forms",
                "required" => value is JsonObject o ? Missing(o, argument!.AsArray()) : null,
                "properties" or "additionalProperties" => null,
                "items" => null,
                _ => throw new NotSupportedException($"keyword '{keyword}' is not supported by this validator"),
            };
            if (problem is not null)
            {
                errors.Add($"{(path.Length == 0 ? "/" : path)}: {problem}");
            }
        }
        CheckChildren(schema, value, path, errors);
    }

    private static void CheckChildren(JsonObject schema, JsonNode? value, string path, List<string> errors)
    {
        if (value is JsonObject obj && schema.ContainsKey("type"))
        {
            var properties = schema["properties"]?.AsObject();
            foreach (var (name, child) in obj)
            {
                var childSchema = properties?[name] ?? schema["additionalProperties"];
                if (childSchema is JsonValue flag && flag.GetValue<bool>() == false)
                {
                    errors.Add($"{path}/{name}: is not an allowed field");
                }
                else if (childSchema is JsonObject childObject)
                {
                    Check(childObject, child, $"{path}/{name}", errors);
                }
            }
        }
        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(items, array[i], $"{path}/{i}", errors);
            }
        }
    }

    private static string? Missing(JsonObject value, JsonArray required)
    {
        var missing = required.Select(r => r!.GetValue<string>()).Where(r => !value.ContainsKey(r)).ToList();
        return missing.Count == 0 ? null : $"misses required {string.Join(", ", missing)}";
    }

    private static bool TypeOk(JsonNode type, JsonNode? value) =>
        type is JsonArray types ? types.Any(t => Is(t!.GetValue<string>(), value)) : Is(type.GetValue<string>(), value);

    private static bool Is(string type, JsonNode? value) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => IsNumber(value),
        "integer" => IsNumber(value) && Number(value!) % 1 == 0,
        _ => throw new NotSupportedException($"type '{type}'"),
    };

    private static double Number(JsonNode node) => double.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsNumber(JsonNode? value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number;

    private static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "a mapping",
        JsonArray => "a list",
        _ => value.GetValueKind().ToString().ToLowerInvariant(),
    };
}
