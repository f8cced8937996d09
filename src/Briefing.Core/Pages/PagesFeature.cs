using System.Text.RegularExpressions;
using Briefing.Core.Content;
using Briefing.Core.Diagnostics;
using Briefing.Core.Site;

namespace Briefing.Core.Pages;

/// <summary>Standalone pages: <c>input/pages/&lt;slug&gt;.md</c>, served at <c>/&lt;slug&gt;/</c>; and the 404 page.</summary>
public sealed partial class PagesFeature : IContentKind
{
    public string Name => "page";

    public string Title => "Page";

    public string Files => "input/pages/*.md";

    public Regex Path => FilePattern();

    public string SlugName => "page file name";

    public Type FrontMatter => typeof(PageFrontMatter);

    public IEnumerable<string> Sections => ["404", "index"];

    public IEnumerable<IPageGenerator> Generators => [new StandalonePages()];

    [GeneratedRegex(@"^pages/(?<slug>[^/]+)\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex FilePattern();

    public object? Parse(SourceFile file, Match path, DiagnosticBag diagnostics)
    {
        var document = ContentDocumentParser.Parse(file, PageFrontMatter.Parse, diagnostics);
        return document is null ? null : new PageSource(path.Groups["slug"].Value, document);
    }

    public ISitePart? Model(ModelContext context) => PageSet.Build(context);

    public BodyEdit? PatchBody(ModelContext context, object before, object after) =>
        before is PageSource old && after is PageSource now ? context.Find<PageSet>()?.WithBody(old, now, context) : null;
}
