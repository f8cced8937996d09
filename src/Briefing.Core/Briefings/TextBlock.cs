namespace Briefing.Core.Briefings;

/// <summary>
/// One block of a briefing as the diff sees it: a paragraph, list item, table cell or code block
/// (<see cref="HeadingLevel"/> 0), or a heading (level 1–6). <see cref="Text"/> is plain text with
/// Markdown markers removed and whitespace collapsed to single spaces.
/// </summary>
public sealed record TextBlock(int HeadingLevel, string Text)
{
    public bool IsHeading => HeadingLevel > 0;

    public static TextBlock Paragraph(string text) => new(0, text);

    public static TextBlock Heading(int level, string text) => new(level, text);

    /// <summary>The key the block-level diff compares: the same for two blocks of the same kind and text, and only for them. Made once: a version's blocks are compared with the version before and after it.</summary>
    // A paragraph's own text where it holds no U+0001, the separator: a heading's key always holds one, and a paragraph
    // that does is keyed as level 0, so no two blocks share a key unless they are the same block. Most blocks are
    // paragraphs, and they cost no key of their own.
    internal string Key => _key ??= HeadingLevel == 0 && !Text.Contains('\u0001', StringComparison.Ordinal) ? Text : $"{HeadingLevel}\u0001{Text}";

    private string? _key;
}
