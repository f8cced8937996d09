using Briefing.Core.Content;
using Briefing.Core.Events;

namespace Briefing.Core.Schemas;

/// <summary>
/// Every kind of document an author writes, with the record its front matter parses into. The records
/// and their XML doc comments are the single source: schemas and the authoring guide's tables come from here.
/// A new kind of document adds one line to <see cref="All"/>.
/// </summary>
public static class FrontMatterSchemas
{
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(SchemaReflector.Reflects)]
    public static IReadOnlyList<DocumentSchema> All(XmlDocs docs)
    {
        var reflector = new SchemaReflector(docs);
        DocumentSchema Of<T>(string name, string title, string files) =>
            new(name, title, docs.Summary(typeof(T)), files, reflector.Fields(typeof(T)));
        return
        [
            Of<SiteConfig>("site", "site.yml", "input/site.yml"),
            Of<BriefingFrontMatter>("briefing-version", "Briefing version", "input/briefings/*/v*.md"),
            Of<PageFrontMatter>("page", "Page", "input/pages/*.md"),
            Of<EventFrontMatter>("event", "Event", "input/events/*.md"),
        ];
    }
}
