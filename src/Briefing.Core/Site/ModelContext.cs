using Briefing.Core.Content;
using Briefing.Core.Diagnostics;
using Briefing.Core.Markdown;

namespace Briefing.Core.Site;

/// <summary>What a feature builds its part of the model from.</summary>
/// <param name="Config">The site's configuration.</param>
/// <param name="Sources">The feature's own sources, in path order (empty for a feature that reads no files).</param>
/// <param name="Earlier">The parts of the features registered before it.</param>
/// <param name="Sections">Every top-level URL name some feature owns.</param>
/// <param name="Markdown">The Markdown renderer (cached between builds by <c>serve</c>).</param>
/// <param name="Parallel">How many threads the build may use.</param>
/// <param name="Diagnostics">Where problems go.</param>
public sealed record ModelContext(
    SiteConfig Config,
    IReadOnlyList<object> Sources,
    IReadOnlyList<ISitePart> Earlier,
    IReadOnlySet<string> Sections,
    MarkdownRenderer Markdown,
    ParallelOptions Parallel,
    DiagnosticBag Diagnostics)
{
    /// <summary>
    /// The part this feature made in the last build (kept by <c>serve</c>'s cache; null otherwise). A feature may take from
    /// it what it made from a source that is the very same object now (an unchanged file), and must make the rest anew:
    /// the result must be what it would be without it.
    /// </summary>
    public ISitePart? Previous { get; init; }

    /// <summary>
    /// False for a build that keeps nothing for a next one (<c>build</c>, <c>check</c>): a part may then drop what only
    /// the model phase reads (a document's Markdown once rendered), since no later build compares or patches it.
    /// </summary>
    public bool KeepsSources { get; init; } = true;

    /// <summary>Told before each body is rendered (see <see cref="IModelPacer"/>).</summary>
    public IModelPacer Pacer { get; init; } = ModelPacer.None;

    /// <summary>The sources of type <typeparamref name="T"/>.</summary>
    public IEnumerable<T> SourcesOf<T>() => Sources.OfType<T>();

    /// <summary>An earlier feature's part, or null when that feature is not registered.</summary>
    public T? Find<T>()
        where T : class, ISitePart =>
        Earlier.OfType<T>().FirstOrDefault();

    /// <summary>
    /// Renders a document's body and reports what the content policy refuses in it, at the author's line. With a build
    /// cache the rendering is found by the document itself, so an unchanged file costs no copy or hash of its body.
    /// </summary>
    public RenderedMarkdown Render(IContentDocument document, bool numberParagraphs = false)
    {
        Pacer.BodyStarting();
        var rendered = Markdown.Render(document, numberParagraphs);
        HostileContent.Report(rendered, document.File.DisplayPath, document.BodyFirstLine, Diagnostics);
        return rendered;
    }

    /// <summary>As <see cref="Render(IContentDocument, bool)"/>, handing the parsed tree to <paramref name="alsoRead"/> when it parses (see <see cref="MarkdownRenderer"/>).</summary>
    public RenderedMarkdown Render(IContentDocument document, bool numberParagraphs, Action<Markdig.Syntax.MarkdownDocument> alsoRead)
    {
        Pacer.BodyStarting();
        var rendered = Markdown.Render(document, numberParagraphs, alsoRead);
        HostileContent.Report(rendered, document.File.DisplayPath, document.BodyFirstLine, Diagnostics);
        return rendered;
    }

    /// <summary>Renders a body and reports what the content policy refuses in it, at the author's line.</summary>
    public RenderedMarkdown Render(string file, string body, int bodyFirstLine, bool numberParagraphs = false)
    {
        Pacer.BodyStarting();
        var rendered = Markdown.Render(body, numberParagraphs);
        HostileContent.Report(rendered, file, bodyFirstLine, Diagnostics);
        return rendered;
    }
}
