namespace Briefing.Core.Publishing.Search;

/// <summary>
/// One thing search can find. <see cref="Text"/> (the full text) is indexed but not shipped: the
/// browser gets the title, URL, kind, date and summary to show, and the terms to match.
/// </summary>
public sealed record SearchDocument(
    string Title,
    string Url,
    string Kind,
    DateOnly? Date,
    string Summary,
    IReadOnlyList<string> Tags,
    string Text);
