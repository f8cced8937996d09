using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Core.Events;
using Briefing.Testing.Security;
using Briefing.Testing;

namespace Briefing.Core.Tests.Security;

/// <summary>Where a payload is planted: a Markdown body, the front-matter strings, or a tag.</summary>
public enum PayloadPlace
{
    Body,
    FrontMatter,
    Tag,
}

/// <summary>Writes a small valid site with one hostile payload planted in one place.</summary>
public static class PayloadSites
{
    public const string BriefingFile = "briefings/hostile/v1.md";
    public const string PageFile = "pages/notes.md";
    public const string EventFile = "events/2025-01-15-hostile-event.md";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the site under <paramref name="root"/>/input and returns the input folder.</summary>
    public static string Write(TempDirectory root, HostilePayload payload, PayloadPlace place)
    {
        var text = Quote(payload.Text);
        var inFrontMatter = place == PayloadPlace.FrontMatter;
        root.Write("input/site.yml", $"""
            title: {(inFrontMatter ? text : "Hostile")}
            description: {(inFrontMatter ? text : "A test site.")}
            base_url: https://hostile.example.org/
            language: en
            author: {(inFrontMatter ? text : "Desk")}
            """);
        var body = place == PayloadPlace.Body ? $"Before the payload.\n\n{payload.Text}\n\nAfter the payload.\n" : "Plain text.\n";
        root.Write("input/" + BriefingFile, $"""
            ---
            title: {(inFrontMatter ? text : "Hostile briefing")}
            date: 2025-07-21
            summary: {(inFrontMatter ? text : "Summary.")}
            byline: {(inFrontMatter ? text : "Desk")}
            authors: [{(inFrontMatter ? text : "Ann")}]
            tags: [safe, {(place == PayloadPlace.Tag ? text : "other")}]
            extra:
              note: {(inFrontMatter ? text : "x")}
            ---

            """ + body);
        root.Write("input/" + EventFile, $"""
            ---
            title: {(inFrontMatter ? text : "An event")}
            date: 2025-01-15
            location: {(inFrontMatter ? text : "A river")}
            actor1: RUS:MIL
            actor2: AZE:MIL
            cameo: "190"
            sources:
              - url: https://example.org/report
                title: {(inFrontMatter ? text : "A report")}
            tags: [{(place == PayloadPlace.Tag ? text : "other")}]
            summary: {(inFrontMatter ? text : "Summary.")}
            ---

            """ + body);
        root.Write("input/" + PageFile, $"""
            ---
            title: {(inFrontMatter ? text : "Notes")}
            summary: {(inFrontMatter ? text : "Notes.")}
            ---

            """ + body);
        return root.Combine("input");
    }

    /// <summary>A YAML double-quoted scalar: JSON string syntax is a subset of it.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text, Json);
}
