namespace Briefing.Core.Markdown;

/// <summary>
/// A Markdown body as the link check sees it: the file an author wrote it in, the file line its
/// body starts on, and what it rendered to (its HTML and the links in it, with body-relative lines).
/// </summary>
public sealed record MarkdownBody(string File, int BodyFirstLine, RenderedMarkdown Content)
{
    /// <summary>The file line of a body-relative line.</summary>
    public int FileLine(int bodyLine) => BodyFirstLine + bodyLine - 1;
}
