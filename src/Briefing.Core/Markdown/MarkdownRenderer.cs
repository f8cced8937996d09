using Briefing.Core.Content;
using Briefing.Core.Templates;
using Briefing.Core.Text;
using Markdig.Renderers.Html;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;
using Markdig;

namespace Briefing.Core.Markdown;

/// <summary>
/// Markdown to HTML through one Markdig pipeline, built once and shared by every thread
/// (Markdig pipelines are immutable and thread-safe). Headings get stable slug ids; top-level
/// paragraphs can be numbered (<c>p-1</c>, <c>p-2</c>, …) so that events can cite a paragraph
/// of a briefing that has no headings.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly IMarkdownMemo? _cache;

    private MarkdownRenderer(MarkdownPipeline pipeline, IMarkdownMemo cache)
    {
        _pipeline = pipeline;
        _cache = cache;
    }

    public MarkdownRenderer()
    {
        // Raw HTML is parsed so that HostileContent can refuse it with a line number, and is never
        // rendered as markup (SafeHtmlRenderers). No generic-attributes extension either: it would
        // let "{onclick=…}" through.
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseListExtras()
            .Build();
    }

    public static MarkdownRenderer Shared { get; } = new();

    public MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, _pipeline);

    /// <summary>The same renderer, remembering what it rendered in <paramref name="cache"/> (for <c>serve</c>'s rebuilds).</summary>
    public MarkdownRenderer CachedIn(IMarkdownMemo cache) => new(_pipeline, cache);

    public RenderedMarkdown Render(string markdown, bool numberParagraphs = false) =>
        _cache is null ? RenderNow(markdown, numberParagraphs) : _cache.Markdown(markdown, numberParagraphs, RenderNow);

    /// <summary>A document's body, found in the cache by the document itself when it is unchanged.</summary>
    public RenderedMarkdown Render(IContentDocument document, bool numberParagraphs = false) =>
        _cache is null ? RenderNow(document.Body, numberParagraphs) : _cache.Markdown(document, numberParagraphs, RenderNow);

    /// <summary>
    /// A document's body, with <paramref name="alsoRead"/> given the parsed tree before it is rendered, so that a
    /// caller that needs more of the tree does not parse the body a second time. Not called when the cache answers or
    /// the body is refused unparsed: the caller then reads the body itself.
    /// </summary>
    public RenderedMarkdown Render(IContentDocument document, bool numberParagraphs, Action<MarkdownDocument> alsoRead) =>
        _cache is null
            ? RenderNow(document.Body, numberParagraphs, alsoRead)
            : _cache.Markdown(document, numberParagraphs, (markdown, numbered) => RenderNow(markdown, numbered, alsoRead));

    private RenderedMarkdown RenderNow(string markdown, bool numberParagraphs) => RenderNow(markdown, numberParagraphs, null);

    private RenderedMarkdown RenderNow(string markdown, bool numberParagraphs, Action<MarkdownDocument>? alsoRead)
    {
        if (MarkdownNesting.FindTooDeep(markdown) is { } tooDeep)
        {
            return Refused(tooDeep);
        }
        try
        {
            return RenderChecked(markdown, numberParagraphs, alsoRead);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own depth limit (parse or render), for emphasis and brackets nested beyond what MarkdownNesting sees.
            return Refused(new MarkdownProblem(1, 1, "the Markdown nests emphasis, links or brackets too deeply to be read; simplify it"));
        }
    }

    private RenderedMarkdown RenderChecked(string markdown, bool numberParagraphs, Action<MarkdownDocument>? alsoRead)
    {
        var document = Parse(markdown);
        alsoRead?.Invoke(document);
        var nodes = MarkdownNodes.Of(document);
        var headings = AssignHeadingIds(nodes.Headings);
        var paragraphIds = numberParagraphs ? NumberParagraphs(document) : [];
        var links = CollectLinks(nodes.LinksAndImages);
        var problems = HostileContent.Find(nodes);
        SafeHtmlRenderers.MoveTableAlignmentToClasses(nodes.Tables);

        var writer = ThreadWriter();
        try
        {
            var renderer = ThreadRenderer(writer);
            renderer.Render(document);
            writer.Flush();
            // Safe by construction: raw HTML is refused and never rendered as markup, and URLs are checked.
            var rendered = new RenderedMarkdown(new TrustedHtml(writer.GetStringBuilder()), headings, links, paragraphIds) { Problems = problems };
            // Kept for the thread's next document only after a render that finished: one that threw may have left its state half-way.
            ReleaseThreadRenderer(renderer);
            return rendered;
        }
        finally
        {
            ReleaseThreadWriter(writer);
        }
    }

    // One renderer per thread, set up once and reset before each document as Markdig's own cache of renderers resets
    // them (its position in the tree, its indents, the line state; the buffer is emptied by ReleaseThreadWriter).
    // A fresh renderer per document, with the pipeline's two dozen object renderers set up anew, was most of what
    // rendering an event's short body allocated: at 100,000 events, a third of the model phase's allocations.
    [ThreadStatic]
    private static ReusableHtmlRenderer? _threadRenderer;

    private ReusableHtmlRenderer ThreadRenderer(StringWriter writer)
    {
        var renderer = _threadRenderer;
        _threadRenderer = null;
        if (renderer is null || !ReferenceEquals(renderer.Pipeline, _pipeline))
        {
            renderer = new ReusableHtmlRenderer(writer, _pipeline);
            _pipeline.Setup(renderer);
            SafeHtmlRenderers.Install(renderer);
            return renderer;
        }
        renderer.StartOver(writer);
        return renderer;
    }

    private static void ReleaseThreadRenderer(ReusableHtmlRenderer renderer)
    {
        // Not holding on to the thread's buffer, which ReleaseThreadWriter may let go.
        renderer.Writer = TextWriter.Null;
        _threadRenderer = renderer;
    }

    /// <summary>An HTML renderer that can be reset for the next document, which Markdig allows only its subclasses.</summary>
    private sealed class ReusableHtmlRenderer(StringWriter writer, MarkdownPipeline pipeline) : HtmlRenderer(writer)
    {
        public MarkdownPipeline Pipeline { get; } = pipeline;

        public void StartOver(StringWriter next)
        {
            Writer = next;
            Reset();
        }
    }

    // One buffer per thread for the HTML being written, so that a body costs its UTF-8 bytes and not a string and
    // every size the buffer grew through on its way (a third of what rendering 1,000 pages allocated).
    [ThreadStatic]
    private static StringWriter? _threadWriter;

    private static StringWriter ThreadWriter()
    {
        var writer = _threadWriter ?? new StringWriter { NewLine = "\n" };
        _threadWriter = null;
        return writer;
    }

    // A buffer grown past a megabyte by an unusually long body is let go rather than kept for the thread's life.
    private static void ReleaseThreadWriter(StringWriter writer)
    {
        var buffer = writer.GetStringBuilder();
        buffer.Clear();
        if (buffer.Capacity <= 1 << 20)
        {
            _threadWriter = writer;
        }
    }

    private static RenderedMarkdown Refused(MarkdownProblem problem) =>
        new(TrustedHtml.Empty, [], [], []) { Problems = [problem] };

    private static List<Heading> AssignHeadingIds(List<HeadingBlock> blocks)
    {
        var slugs = new UniqueSlugs();
        var headings = new List<Heading>(blocks.Count);
        foreach (var heading in blocks)
        {
            var text = InlineText.Of(heading.Inline);
            var id = slugs.Next(text);
            heading.GetAttributes().Id = id;
            headings.Add(new Heading(heading.Level, text, id, heading.Line + 1));
        }
        return headings;
    }

    private static List<string> NumberParagraphs(MarkdownDocument document)
    {
        var ids = new List<string>();
        foreach (var paragraph in document.OfType<ParagraphBlock>())
        {
            var id = $"p-{ids.Count + 1}";
            paragraph.GetAttributes().Id = id;
            ids.Add(id);
        }
        return ids;
    }

    private static List<MarkdownLink> CollectLinks(List<LinkInline> links)
    {
        var collected = new List<MarkdownLink>(links.Count);
        foreach (var link in links)
        {
            if (link.Url is not null)
            {
                collected.Add(new MarkdownLink(link.Url, link.IsImage, link.Line + 1, link.Column + 1));
            }
        }
        return collected;
    }
}
