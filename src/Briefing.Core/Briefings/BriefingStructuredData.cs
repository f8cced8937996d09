using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Briefing.Core.Text;

namespace Briefing.Core.Briefings;

/// <summary>
/// The schema.org JSON-LD of a briefing page at one version: dates of first publication and of
/// this version, and each correction made up to it as a <c>CorrectionComment</c>. Properties are
/// written in a fixed order. Letters of every script are written as they are, but the encoder still
/// escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> (as <c>\u003c</c> …), so no text an author writes
/// can close the script data block.
/// </summary>
public static class BriefingStructuredData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    public static string For(BriefingDocument briefing, BriefingVersion version, string canonicalUrl, string publisher)
    {
        return JsonScratch.Text(Options, json =>
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Article");
            json.WriteString("headline", version.Title);
            json.WriteString("description", version.FrontMatter.Summary);
            json.WriteString("url", canonicalUrl);
            json.WriteString("datePublished", Iso(briefing.First.Date));
            json.WriteString("dateModified", Iso(version.Date));
            json.WriteString("version", version.Number.ToString(CultureInfo.InvariantCulture));
            WriteOrganization(json, "author", version.FrontMatter.Byline);
            WriteOrganization(json, "publisher", publisher);
            WriteCorrections(json, briefing, version);
            json.WriteEndObject();
        });
    }

    private static void WriteCorrections(Utf8JsonWriter json, BriefingDocument briefing, BriefingVersion version)
    {
        var corrections = briefing.Versions
            .Where(v => v.Number <= version.Number)
            .SelectMany(v => v.FrontMatter.Changes.Where(c => c.Type == ChangeType.Correction).Select(c => (Version: v, Note: c)))
            .ToList();
        if (corrections.Count == 0)
        {
            return;
        }
        json.WriteStartArray("correction");
        foreach (var (v, note) in corrections)
        {
            json.WriteStartObject();
            json.WriteString("@type", "CorrectionComment");
            json.WriteString("text", note.Text);
            json.WriteString("datePublished", Iso(v.Date));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteOrganization(Utf8JsonWriter json, string property, string name)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", "Organization");
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
