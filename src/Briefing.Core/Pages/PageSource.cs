using Briefing.Core.Content;

namespace Briefing.Core.Pages;

/// <summary>A standalone page: <c>pages/&lt;slug&gt;.md</c>.</summary>
public sealed record PageSource(string Slug, ContentDocument<PageFrontMatter> Document);
