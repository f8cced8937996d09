namespace Briefing.Core.Import;

/// <summary>A plain-text document turned into a briefing's first version: what was recognised, and the Markdown file.</summary>
public sealed record ImportedDocument(
    string Title,
    string? Byline,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> Paragraphs,
    string Markdown);

/// <summary>What the author tells <c>briefing import</c>; anything left null is recognised from the text.</summary>
public sealed record ImportRequest(string Text, string Title, DateOnly Date, string? Byline = null);
