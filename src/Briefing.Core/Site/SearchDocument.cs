namespace Briefing.Core.Site;

/// <summary>
/// One thing search can find. <see cref="Text"/> (the full text) is indexed but not shipped: the
/// browser gets the title, URL, kind, date and summary to show, and the terms to match.
/// <see cref="Date"/> is ISO 8601 text: a day, <c>YYYY-MM</c> for an event known only by its month, or empty.
/// </summary>
public sealed record SearchDocument(
    string Title,
    string Url,
    string Kind,
    string Date,
    string Summary,
    IReadOnlyList<string> Tags,
    string Text);
