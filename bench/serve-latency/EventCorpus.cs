using System.Globalization;

namespace ServeLatency;

/// <summary>
/// Adds N synthetic but valid events to a copy of the site: dates spread over ten years, several
/// dyads in both directions, real CAMEO codes, sources citing the real briefings' sections.
/// Used only when the bench generator of bench/ is not there to make a product corpus.
/// </summary>
internal static class EventCorpus
{
    private static readonly string[] Dyads = ["RUS:GOV|AZE:GOV", "AZE:GOV|RUS:GOV", "RUS:MIL|AZE:CVL", "AZE:JUD|RUS:MED", "ARM:GOV|AZE:GOV", "TUR:GOV|AZE:GOV", "USA:GOV|RUS:GOV"];
    private static readonly string[] Cameo = ["010", "012", "036", "042", "046", "057", "111", "112", "130", "163", "172", "190"];
    private static readonly string[] Tags = ["energy", "diplomacy", "security", "media", "aviation", "diaspora", "trade", "law"];

    public static void Write(string inputDirectory, int count)
    {
        var folder = Path.Combine(inputDirectory, "events");
        Directory.CreateDirectory(folder);
        var start = new DateOnly(2015, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddDays(i * 3650 / Math.Max(count, 1));
            var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var (actor1, actor2) = (Dyads[i % Dyads.Length].Split('|')[0], Dyads[i % Dyads.Length].Split('|')[1]);
            var text = $"""
                ---
                title: Synthetic event number {i}
                date: {iso}
                location: Baku, Azerbaijan
                actor1: {actor1}
                actor2: {actor2}
                cameo: "{Cameo[i % Cameo.Length]}"
                sources:
                  - briefing: breaking-bonds
                    version: 1
                    section: introduction
                tags: [{Tags[i % Tags.Length]}, {Tags[(i / 3) % Tags.Length]}]
                summary: A generated event for the serve benchmark, number {i}, dated {iso}.
                ---

                Event {i} happened on {iso}. This paragraph stands in for an account of about the usual length,
                with a second sentence so that the Markdown renderer has something to do.

                A second paragraph, naming the actors {actor1} and {actor2}.

                """;
            File.WriteAllText(Path.Combine(folder, $"{iso}-synthetic-{i:D6}.md"), text);
        }
    }
}
