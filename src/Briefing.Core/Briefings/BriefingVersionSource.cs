using Briefing.Core.Content;

namespace Briefing.Core.Briefings;

/// <summary>One version file of a briefing: <c>briefings/&lt;slug&gt;/v&lt;number&gt;.md</c>.</summary>
public sealed record BriefingVersionSource(string Slug, int Number, ContentDocument<BriefingFrontMatter> Document);
