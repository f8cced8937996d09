namespace Briefing.Core.Schemas;

/// <summary>What kind of value a front-matter field takes, as authors and JSON Schema see it.</summary>
public enum FieldKind
{
    Text,
    Date,
    WholeNumber,
    Number,
    YesNo,
    Choice,
    TextList,
    Record,
    RecordList,
    TextMap,
}

/// <summary>
/// One front-matter field: its YAML name, kind, whether it is required, what it does (from the record's
/// XML doc comment), an example, and the extra rules it obeys. <see cref="Fields"/> holds the fields of a
/// <see cref="FieldKind.Record"/> or <see cref="FieldKind.RecordList"/>, <see cref="Variants"/> the forms of a list
/// whose entries take one of several shapes; <see cref="Choices"/> the values of a choice.
/// </summary>
public sealed record FieldSchema(
    string Name,
    FieldKind Kind,
    bool Required,
    string Description,
    string? Example,
    string? Pattern = null,
    decimal? Minimum = null,
    decimal? Maximum = null,
    IReadOnlyList<string>? Choices = null,
    IReadOnlyList<FieldSchema>? Fields = null,
    IReadOnlyList<RecordVariant>? Variants = null,
    string? TypeLabel = null);

/// <summary>One of the forms a list entry may take, e.g. an event source citing a briefing or a web page.</summary>
public sealed record RecordVariant(string Name, string Description, IReadOnlyList<FieldSchema> Fields);

/// <summary>One kind of document (site.yml, a briefing version, a page, an event) and its fields.</summary>
public sealed record DocumentSchema(string Name, string Title, string Description, string Files, IReadOnlyList<FieldSchema> Fields)
{
    /// <summary>The file the schema is written to, e.g. <c>event.schema.json</c>.</summary>
    public string FileName => $"{Name}.schema.json";
}
