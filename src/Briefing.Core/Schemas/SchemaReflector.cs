using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Briefing.Core.Schemas;

/// <summary>
/// Reads the fields of a front-matter record by reflection: every settable property (or positional
/// parameter) in declaration order, its YAML name in snake_case, its kind from its C# type, required from
/// the <c>required</c> modifier, descriptions and examples from the XML doc comments, and extra rules from
/// <see cref="RegularExpressionAttribute"/> and <see cref="RangeAttribute"/>.
/// </summary>
public sealed class SchemaReflector(XmlDocs docs)
{
    /// <summary>Why this needs reflection over members the trimmer cannot see: the Native AOT binary leaves schemas out (<see cref="SchemaSupport"/>).</summary>
    public const string Reflects = "reads front-matter records and their subclasses by reflection";

    [RequiresUnreferencedCode(Reflects)]
    public IReadOnlyList<FieldSchema> Fields(Type record)
    {
        var positional = PositionalParameters(record);
        return record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null || positional.Contains(p.Name))
            .OrderBy(p => p.MetadataToken)
            .Select(p => Field(p, IsRequired(p, positional)))
            .ToList();
    }

    [RequiresUnreferencedCode(Reflects)]
    private FieldSchema Field(PropertyInfo property, bool required)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var pattern = property.GetCustomAttribute<RegularExpressionAttribute>()?.Pattern ?? ScalarTypes.PatternOf(type);
        var range = property.GetCustomAttribute<RangeAttribute>();
        var field = new FieldSchema(YamlName(property.Name), KindOf(type), required, docs.Summary(property), docs.Example(property), pattern,
            range is null ? null : Convert.ToDecimal(range.Minimum, CultureInfo.InvariantCulture),
            range is null ? null : Convert.ToDecimal(range.Maximum, CultureInfo.InvariantCulture),
            TypeLabel: ScalarTypes.LabelOf(type));
        return field.Kind switch
        {
            FieldKind.Choice => field with { Choices = Enum.GetNames(type).Select(YamlName).ToList() },
            FieldKind.Record => field with { Fields = Fields(type) },
            FieldKind.RecordList when ElementType(type)!.IsAbstract => field with { Variants = Variants(ElementType(type)!) },
            FieldKind.RecordList => field with { Fields = Fields(ElementType(type)!) },
            _ => field,
        };
    }

    // An abstract record's forms are its sealed subclasses, in declaration order.
    [RequiresUnreferencedCode(Reflects)]
    private IReadOnlyList<RecordVariant> Variants(Type abstractRecord) =>
        abstractRecord.Assembly.GetTypes()
            .Where(t => t.IsSealed && t.IsSubclassOf(abstractRecord) && t.IsPublic)
            .OrderBy(t => t.MetadataToken)
            .Select(t => new RecordVariant(t.Name, docs.Summary(t), Fields(t)))
            .ToList();

    private static FieldKind KindOf(Type type)
    {
        if (type == typeof(string) || ScalarTypes.PatternOf(type) is not null) { return FieldKind.Text; }
        if (type == typeof(DateOnly) || type == typeof(DateTime)) { return FieldKind.Date; }
        if (type == typeof(int) || type == typeof(long)) { return FieldKind.WholeNumber; }
        if (type == typeof(decimal) || type == typeof(double)) { return FieldKind.Number; }
        if (type == typeof(bool)) { return FieldKind.YesNo; }
        if (type.IsEnum) { return FieldKind.Choice; }
        if (IsStringMap(type)) { return FieldKind.TextMap; }
        if (ElementType(type) is { } element)
        {
            return element == typeof(string) ? FieldKind.TextList : FieldKind.RecordList;
        }
        return type.IsClass ? FieldKind.Record : throw new NotSupportedException($"no schema for front-matter type {type.Name}");
    }

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(IReadOnlyList<>) || d == typeof(IReadOnlyCollection<>) || d == typeof(IEnumerable<>) || d == typeof(IList<>) || d == typeof(List<>))
            ? type.GetGenericArguments()[0]
            : null;

    private static bool IsStringMap(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(IReadOnlyDictionary<,>) || d == typeof(IDictionary<,>) || d == typeof(Dictionary<,>) || d == typeof(SortedDictionary<,>));

    private static bool IsRequired(PropertyInfo property, HashSet<string> positional) =>
        property.GetCustomAttribute<RequiredMemberAttribute>() is not null
        || (positional.Contains(property.Name) && Nullable.GetUnderlyingType(property.PropertyType) is null && !IsNullableReference(property));

    private static bool IsNullableReference(PropertyInfo property) =>
        new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;

    // Positional records have no parameterless constructor; their constructor's parameters are their fields.
    [RequiresUnreferencedCode(Reflects)]
    private static HashSet<string> PositionalParameters(Type record)
    {
        if (record.GetConstructor(Type.EmptyTypes) is not null)
        {
            return [];
        }
        var constructor = record.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        return constructor?.GetParameters().Select(p => p.Name!).ToHashSet(StringComparer.Ordinal) ?? [];
    }

    /// <summary><c>BaseUrl</c> → <c>base_url</c>: front matter is written in snake_case.</summary>
    public static string YamlName(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
