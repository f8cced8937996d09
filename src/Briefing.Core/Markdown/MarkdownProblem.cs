namespace Briefing.Core.Markdown;

/// <summary>Something an author wrote in a Markdown body that the site refuses to publish; the line is 1-based within the body.</summary>
public sealed record MarkdownProblem(int Line, int Column, string Message);
