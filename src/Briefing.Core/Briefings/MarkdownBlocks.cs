using System.Text;
using Briefing.Core.Markdown;
using Markdig.Syntax;

namespace Briefing.Core.Briefings;

/// <summary>
/// Splits a Markdown body into the blocks a reader sees (headings, paragraphs, list items, code),
/// in reading order, as plain text. Pure: parsing only, no I/O.
/// </summary>
public static class MarkdownBlocks
{
    public static IReadOnlyList<TextBlock> Split(string markdown)
    {
        var document = MarkdownRenderer.Shared.Parse(markdown);
        var blocks = new List<TextBlock>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            var block = leaf switch
            {
                HeadingBlock heading => TextBlock.Heading(heading.Level, Collapse(InlineText.Of(heading.Inline))),
                CodeBlock code => TextBlock.Paragraph(Collapse(code.Lines.ToString())),
                { Inline: { } inline } => TextBlock.Paragraph(Collapse(InlineText.Of(inline))),
                _ => null,
            };
            if (block is { Text.Length: > 0 })
            {
                blocks.Add(block);
            }
        }
        return blocks;
    }

    /// <summary>Runs of whitespace (line breaks included) become one space; ends are trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
