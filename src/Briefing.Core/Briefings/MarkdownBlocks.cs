using Briefing.Core.Markdown;
using Briefing.Core.Text;
using Markdig.Syntax;

namespace Briefing.Core.Briefings;

/// <summary>
/// Splits a Markdown body into the blocks a reader sees (headings, paragraphs, list items, code),
/// in reading order, as plain text. Pure: parsing only, no I/O.
/// </summary>
public static class MarkdownBlocks
{
    public static IReadOnlyList<TextBlock> Split(string markdown) => Of(MarkdownRenderer.Shared.Parse(markdown));

    /// <summary>The blocks of a body already parsed (by the renderer, which hands its tree over before rendering it).</summary>
    public static IReadOnlyList<TextBlock> Of(MarkdownDocument document)
    {
        var blocks = new List<TextBlock>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            var block = leaf switch
            {
                HeadingBlock heading => TextBlock.Heading(heading.Level, WhiteSpace.Collapse(InlineText.Of(heading.Inline))),
                CodeBlock code => TextBlock.Paragraph(WhiteSpace.Collapse(code.Lines.ToString())),
                { Inline: { } inline } => TextBlock.Paragraph(WhiteSpace.Collapse(InlineText.Of(inline))),
                _ => null,
            };
            if (block is { Text.Length: > 0 })
            {
                blocks.Add(block);
            }
        }
        return blocks;
    }
}
