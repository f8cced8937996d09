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

    /// <summary>The key the block-level diff compares: kind and text, on one line. Made once: a version's blocks are compared with the version before and after it.</summary>
    internal string Key => _key ??= $"{HeadingLevel}\u0001{Text}";

    private string? _key;
}
