using Markdig.Extensions.Tables;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;

namespace Briefing.Core.Markdown;

/// <summary>
/// The nodes of a parsed document that rendering reads or changes, gathered in one walk, each list in document
/// order (the order of Markdig's <c>Descendants</c>: a node, then what it contains). Four walks through Markdig's
/// nested iterators, one per concern, were a tenth of what rendering a page allocated.
/// </summary>
internal sealed class MarkdownNodes
{
    private MarkdownNodes()
    {
    }

    public List<HeadingBlock> Headings { get; } = [];

    public List<LinkInline> LinksAndImages { get; } = [];

    public List<Table> Tables { get; } = [];

    /// <summary>What the content policy judges (<see cref="HostileContent"/>): raw HTML, links, images and autolinks.</summary>
    public List<MarkdownObject> Judged { get; } = [];

    public static MarkdownNodes Of(MarkdownDocument document)
    {
        var nodes = new MarkdownNodes();
        foreach (var block in document)
        {
            nodes.Visit(block);
        }
        return nodes;
    }

    private void Visit(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Headings.Add(heading);
                break;
            case Table table:
                Tables.Add(table);
                break;
            case HtmlBlock:
                Judged.Add(block);
                break;
        }
        if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                Visit(child);
            }
        }
        else if (block is LeafBlock { Inline: { } inline })
        {
            Visit(inline);
        }
    }

    private void Visit(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline link:
                    LinksAndImages.Add(link);
                    Judged.Add(link);
                    break;
                case HtmlInline or AutolinkInline:
                    Judged.Add(inline);
                    break;
            }
            if (inline is ContainerInline child)
            {
                Visit(child);
            }
        }
    }
}
