namespace Briefing.Core.Markdown;

/// <summary>A link or image in a document, with the body-relative line where the author wrote it.</summary>
public sealed record MarkdownLink(string Url, bool IsImage, int Line, int Column);
