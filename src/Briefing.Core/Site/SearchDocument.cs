using Briefing.Core.Templates;

namespace Briefing.Core.Site;

/// <summary>
/// One thing search can find. <see cref="Text"/> and <see cref="Body"/> (the full text) are indexed but not shipped:
/// the browser gets the title, URL, kind, date and summary to show, and the terms to match.
/// <see cref="Date"/> is ISO 8601 text: a day, <c>YYYY-MM</c> for an event known only by its month, or empty.
/// <see cref="Kind"/>, <see cref="Actors"/> and <see cref="Tags"/> are what search results can be filtered by.
/// </summary>
public sealed record SearchDocument(
    string Title,
    string Url,
    string Kind,
    string Date,
    string Summary,
    IReadOnlyList<string> Tags,
    string Text)
{
    /// <summary>
    /// The rendered body, indexed as its readable text (<see cref="HtmlText"/>) after <see cref="Text"/>: read from
    /// the HTML the page has anyway, where a string of that text would be made only to be split into terms.
    /// </summary>
    public TrustedHtml? Body { get; init; }

    /// <summary>The countries acting in it (an event's two actors); none for other documents.</summary>
    public IReadOnlyList<SearchActor> Actors { get; init; } = [];
}

/// <summary>A country as search filters by it: its ISO 3166 alpha-3 code and its name.</summary>
public sealed record SearchActor(string Code, string Name);
