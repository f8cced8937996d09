using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Events;

/// <summary>
/// The schema.org JSON-LD of an event page: an <c>Event</c> with its name, summary, start date (a day,
/// or only <c>YYYY-MM</c> when the sources give the month: ISO 8601 allows both), place and topics.
/// Written like the briefings' data block: a fixed property order, and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>
/// escaped so no text an author writes can close the script element.
/// </summary>
public static class EventStructuredData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    public static string For(EventRecord record, string canonicalUrl, string publisher)
    {
        var front = record.FrontMatter;
        return JsonScratch.Text(Options, json =>
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Event");
            json.WriteString("name", front.Title);
            json.WriteString("description", front.Summary);
            json.WriteString("url", canonicalUrl);
            json.WriteString("startDate", DateText(record.Date));
            json.WriteString("endDate", DateText(record.Date));
            json.WriteString("eventStatus", "https://schema.org/EventScheduled");
            json.WriteStartObject("location");
            json.WriteString("@type", "Place");
            json.WriteString("name", front.Location);
            json.WriteEndObject();
            if (front.Tags.Count > 0)
            {
                json.WriteString("keywords", string.Join(", ", front.Tags));
            }
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", publisher);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary><c>2025-06-27</c>, or <c>2025-06</c> for a month-precision date: never an invented day.</summary>
    public static string DateText(EventDate date) =>
        date.IsMonthPrecision ? date.MonthText : SiteDates.Iso(date.FirstDay);
}
