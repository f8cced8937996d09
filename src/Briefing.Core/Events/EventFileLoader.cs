using System.Text.RegularExpressions;
using Briefing.Core.Content;
using Briefing.Core.Diagnostics;
using Briefing.Core.Text;

namespace Briefing.Core.Events;

/// <summary>
/// Turns <c>events/&lt;date&gt;-&lt;slug&gt;.md</c> into an <see cref="EventFile"/>: parses the front matter and
/// checks that the file name starts with the event's own date, at the same precision.
/// </summary>
public static partial class EventFileLoader
{
    // The last folder of Urls.EventsCodebook.
    private const string CodebookSlug = "codebook";

    /// <summary>Parses one event file; <paramref name="fileName"/> is its name without folder or extension.</summary>
    public static EventFile? Load(SourceFile file, string fileName, DiagnosticBag diagnostics)
    {
        var document = ContentDocumentParser.Parse(file, EventFrontMatter.Parse, diagnostics);
        if (document is null)
        {
            return null;
        }
        var date = document.FrontMatter.Date.ToString();
        var dateLine = document.Lines.LineOf("date");
        var dateColumn = document.Lines.ColumnOf("date");
        if (!fileName.StartsWith(date + "-", StringComparison.Ordinal))
        {
            var expected = $"{date}-{SlugAfterAnyDate(fileName)}.md";
            diagnostics.Error(file.DisplayPath, dateLine, dateColumn,
                $"the file name must start with the event's date, {date} (the same precision); rename the file to {expected}", "date");
            return null;
        }
        var slug = fileName[(date.Length + 1)..];
        if (document.FrontMatter.Date.IsMonthPrecision && LooksLikeDay(slug))
        {
            diagnostics.Error(file.DisplayPath, dateLine, dateColumn,
                $"the date is {date} (month precision) but the file name gives a day; rename the file to {date}-{SlugAfterAnyDate(slug)}.md, or give the day in 'date:' if the sources state it", "date");
            return null;
        }
        if (!Slug.IsValid(slug))
        {
            var suggestion = Slug.From(slug);
            var hint = suggestion.Length > 0 ? $"; try '{date}-{suggestion}.md'" : "";
            diagnostics.Error(file.DisplayPath, 1, 1, $"after the date, the event file name '{slug}' must be lower-case letters, digits and hyphens{hint}");
            return null;
        }
        if (SlugRules.NameProblem(slug, "event name after the date") is { } problem)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, problem);
            return null;
        }
        if (slug == CodebookSlug)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, $"the event name '{slug}' is taken: /events/{slug}/ is the events dataset's codebook page; choose another name after the date");
            return null;
        }
        if (slug.Length == 4 && AsciiText.AllDigits(slug))
        {
            diagnostics.Error(file.DisplayPath, 1, 1, $"the event name '{slug}' is taken: /events/{slug}/ is the archive's page for the year {slug}; choose another name after the date");
            return null;
        }
        CheckCodingNote(document, diagnostics);
        return new EventFile(slug, document);
    }

    /// <summary>
    /// An override departs from the published scale, so the account must say why in full, in a paragraph that
    /// starts <c>**Coding note.**</c>; <c>goldstein_reason</c> is only the short form shown beside the value.
    /// </summary>
    private static void CheckCodingNote(ContentDocument<EventFrontMatter> document, DiagnosticBag diagnostics)
    {
        if (document.FrontMatter.Goldstein is null || CodingNote().IsMatch(document.Body))
        {
            return;
        }
        diagnostics.Error(document.File.DisplayPath, document.Lines.LineOf("goldstein"), document.Lines.ColumnOf("goldstein"),
            "a goldstein override needs a coding note in the account: end it with a paragraph starting '**Coding note.**' that explains why the CAMEO table's value does not fit this event",
            "goldstein");
    }

    [GeneratedRegex(@"^\*\*Coding note\.?\*\*", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CodingNote();

    private static bool LooksLikeDay(string slug) =>
        slug.Length >= 2 && char.IsAsciiDigit(slug[0]) && char.IsAsciiDigit(slug[1]) && (slug.Length == 2 || slug[2] == '-');

    // For the rename hint only: drop a leading YYYY-MM or YYYY-MM-DD so the suggestion keeps the author's slug.
    private static string SlugAfterAnyDate(string fileName)
    {
        var parts = fileName.Split('-');
        var dateParts = parts.TakeWhile(p => p.Length is 2 or 4 && AsciiText.AllDigits(p)).Take(3).Count();
        var rest = string.Join('-', parts.Skip(dateParts));
        return rest.Length > 0 ? rest : "event";
    }
}
