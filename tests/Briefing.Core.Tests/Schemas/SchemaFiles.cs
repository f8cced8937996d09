using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Briefing.Core.Content;
using Briefing.Core.Schemas;
using Briefing.Core.Site;
using Briefing.Testing;

namespace Briefing.Core.Tests.Schemas;

/// <summary>The schema model as the code produces it, and the committed files and content to hold against it.</summary>
internal static class SchemaFiles
{
    public static IReadOnlyList<DocumentSchema> Documents { get; } = FrontMatterSchemas.All(XmlDocs.For(typeof(SiteConfig).Assembly));

    public static string Committed(DocumentSchema document) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", document.FileName)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The schema that covers <paramref name="repoPath"/> (e.g. <c>input/pages/about.md</c>), by the document's file pattern.</summary>
    public static DocumentSchema? For(string repoPath) =>
        Documents.SingleOrDefault(d => Glob(d.Files).IsMatch(repoPath));

    /// <summary>A file's front matter (or, for a .yml file, its whole text) as JSON.</summary>
    public static JsonNode? FrontMatterJson(string text)
    {
        var split = FrontMatter.Split(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return YamlToJson.Convert(split?.Yaml ?? text);
    }

    public static JsonNode Schema(DocumentSchema document) => JsonNode.Parse(JsonSchemaWriter.Write(document))!;

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
