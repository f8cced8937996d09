namespace Briefing.Core.Links;

/// <summary>What is wrong with one link on one page, before it is placed at the author's line.</summary>
public sealed record LinkProblem(string PagePath, HtmlLink Link, bool IsError, string Message);
