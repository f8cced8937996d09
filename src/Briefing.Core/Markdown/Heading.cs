namespace Briefing.Core.Markdown;

/// <summary>A heading of a rendered document, with the anchor id it carries in the HTML.</summary>
public sealed record Heading(int Level, string Text, string Id, int Line);
