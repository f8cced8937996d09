using System.Globalization;
using System.Text;

namespace Briefing.Core.Schemas;

/// <summary>
/// The authoring guide's field tables, made from the same model as the JSON Schemas, and the
/// splice that keeps the guide's tables equal to it: each table sits between
/// <c>&lt;!-- fields:NAME --&gt;</c> and <c>&lt;!-- /fields:NAME --&gt;</c>.
/// </summary>
public static class FieldTable
{
    public static string Render(DocumentSchema document)
    {
        var builder = new StringBuilder();
        builder.Append("| field | type | required | example | what it does |\n");
        builder.Append("|---|---|---|---|---|\n");
        AppendRows(builder, document.Fields, "");
        return builder.ToString();
    }

    /// <summary>Replaces every marked table in <paramref name="markdown"/>; tables without markers are left alone.</summary>
    public static string Splice(string markdown, IEnumerable<DocumentSchema> documents)
    {
        foreach (var document in documents)
        {
            var open = $"<!-- fields:{document.Name} -->\n";
            var close = $"<!-- /fields:{document.Name} -->";
            var start = markdown.IndexOf(open, StringComparison.Ordinal);
            var end = markdown.IndexOf(close, StringComparison.Ordinal);
            if (start >= 0 && end > start)
            {
                markdown = string.Concat(markdown.AsSpan(0, start + open.Length), Render(document), markdown.AsSpan(end));
            }
        }
        return markdown;
    }

    private static void AppendRows(StringBuilder builder, IReadOnlyList<FieldSchema> fields, string prefix)
    {
        foreach (var field in fields)
        {
            var name = prefix + field.Name;
            var example = field.Example is null ? "" : $"`{field.Example}`";
            builder.Append(CultureInfo.InvariantCulture,
                $"| `{name}` | {Cell(TypeText(field))} | {(field.Required ? "yes" : "no")} | {Cell(example)} | {Cell(field.Description)} |\n");
            if (field.Fields is { } children)
            {
                AppendRows(builder, children, field.Kind == FieldKind.RecordList ? $"{name}[]." : $"{name}.");
            }
            foreach (var variant in field.Variants ?? [])
            {
                builder.Append(CultureInfo.InvariantCulture, $"| *{name}[], {Words(variant.Name)}:* | | | | {Cell(variant.Description)} |\n");
                AppendRows(builder, variant.Fields, $"{name}[].");
            }
        }
    }

    private static string TypeText(FieldSchema field)
    {
        if (field.TypeLabel is not null)
        {
            return field.TypeLabel;
        }
        var text = field.Kind switch
        {
            FieldKind.Text => "text",
            FieldKind.Date => "date, `YYYY-MM-DD`",
            FieldKind.WholeNumber => "whole number",
            FieldKind.Number => "number",
            FieldKind.YesNo => "`true` or `false`",
            FieldKind.Choice => "one of " + string.Join(", ", field.Choices!.Select(c => $"`{c}`")),
            FieldKind.TextList => "list of text",
            FieldKind.Record => "mapping",
            FieldKind.RecordList => "list of mappings",
            FieldKind.TextMap => "mapping of text",
            _ => field.Kind.ToString(),
        };
        if (field.Pattern is not null && field.Kind != FieldKind.Date)
        {
            text += $" matching `{field.Pattern}`";
        }
        if (field.Minimum is { } min)
        {
            text += field.Maximum is { } max && max < int.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $", {min} to {max}")
                : string.Create(CultureInfo.InvariantCulture, $", {min} or more");
        }
        return text;
    }

    // "BriefingCitation" → "briefing citation".
    private static string Words(string typeName) => SchemaReflector.YamlName(typeName).Replace('_', ' ');

    // A pipe would end the cell early.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
