using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace Briefing.Core.Schemas;

/// <summary>
/// The XML doc comments of an assembly (the <c>.xml</c> file the compiler writes beside it), read as
/// plain sentences: <c>&lt;c&gt;x&lt;/c&gt;</c> becomes <c>`x`</c> and references become their member's name.
/// </summary>
public sealed class XmlDocs
{
    private readonly Dictionary<string, XElement> _members;

    public XmlDocs(XDocument document)
    {
        _members = document.Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .ToDictionary(m => m.Attribute("name")!.Value, StringComparer.Ordinal);
    }

    /// <summary>Reads the doc file beside <paramref name="assembly"/>; throws when the build did not produce one.</summary>
    [RequiresAssemblyFiles("reads the .xml file beside the assembly")]
    public static XmlDocs For(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"the XML documentation of {assembly.GetName().Name} is missing; build with GenerateDocumentationFile", path);
        }
        return new XmlDocs(XDocument.Load(path));
    }

    public string Summary(Type type) => Text(Member($"T:{Name(type)}"), "summary");

    /// <summary>A property's summary; for a positional record, the record's <c>&lt;param&gt;</c> of the same name.</summary>
    public string Summary(PropertyInfo property)
    {
        var own = Text(Member($"P:{Name(property.DeclaringType!)}.{property.Name}"), "summary");
        if (own.Length > 0)
        {
            return own;
        }
        var param = Member($"T:{Name(property.DeclaringType!)}")?.Elements("param")
            .FirstOrDefault(p => p.Attribute("name")?.Value == property.Name);
        return param is null ? "" : Flatten(param);
    }

    /// <summary>A property's <c>&lt;example&gt;</c>, written as it would be in YAML.</summary>
    public string? Example(PropertyInfo property) =>
        Member($"P:{Name(property.DeclaringType!)}.{property.Name}")?.Element("example") is { } example ? Flatten(example) : null;

    public string Summary(Type enumType, string member) => Text(Member($"F:{Name(enumType)}.{member}"), "summary");

    private XElement? Member(string name) => _members.GetValueOrDefault(name);

    private static string Name(Type type) => type.FullName!.Replace('+', '.');

    private static string Text(XElement? member, string element) =>
        member?.Element(element) is { } e ? Flatten(e) : "";

    private static string Flatten(XElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            builder.Append(node switch
            {
                XText text => text.Value,
                XElement { Name.LocalName: "c" } code => $"`{code.Value}`",
                XElement { Name.LocalName: "see" } see => see.Attribute("langword")?.Value ?? CrefText(see.Attribute("cref")?.Value),
                XElement other => Flatten(other),
                _ => "",
            });
        }
        return string.Join(' ', builder.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    // A property is a front-matter field, so it reads as the field's name: P:…GoldsteinReason → `goldstein_reason`.
    private static string CrefText(string? cref)
    {
        if (cref is null)
        {
            return "";
        }
        var name = cref[(cref.LastIndexOf('.') + 1)..];
        return cref.StartsWith("P:", StringComparison.Ordinal) ? $"`{SchemaReflector.YamlName(name)}`" : name;
    }
}
