using Briefing.Core.Build;
using Briefing.Core.Site;

namespace Briefing.Core.Schemas;

/// <summary>
/// Every kind of document an author writes, with the record its front matter parses into. The records
/// and their XML doc comments are the single source: schemas and the authoring guide's tables come from here.
/// The kinds come from the registry (<see cref="Features"/>), so a new kind has its schema with no line here.
/// </summary>
public static class FrontMatterSchemas
{
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(SchemaReflector.Reflects)]
    public static IReadOnlyList<DocumentSchema> All(XmlDocs docs)
    {
        var reflector = new SchemaReflector(docs);
        DocumentSchema Of(Type type, string name, string title, string files) =>
            new(name, title, docs.Summary(type), files, reflector.Fields(type));
        return Features.Default().OfType<IContentKind>()
            .Select(kind => Of(kind.FrontMatter, kind.Name, kind.Title, kind.Files))
            .Prepend(Of(typeof(SiteConfig), "site", "site.yml", "input/site.yml"))
            .ToList();
    }
}
