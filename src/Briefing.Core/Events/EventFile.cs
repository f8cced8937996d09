using Briefing.Core.Content;

namespace Briefing.Core.Events;

/// <summary>One event file as loaded: its slug (the file name after the date) and its parsed document.</summary>
public sealed record EventFile(string Slug, ContentDocument<EventFrontMatter> Document);
