namespace Briefing.Core.Tests.Fuzz;

/// <summary>
/// The valid site every fuzz case starts from: one file of each kind the loader reads.
/// Each case mutates exactly one of these and leaves the others valid.
/// </summary>
internal static class FuzzSeeds
{
    public const string Site = """
        title: Fuzz
        description: A site for fuzzing.
        base_url: https://fuzz.example.org/
        language: en
        author: Fuzz desk
        extra:
          motto: "steady"
        """;

    public const string Version1 = """
        ---
        title: "A briefing: with a colon"
        date: 2025-07-21
        summary: Short summary of the first version.
        byline: "Analytical team"
        authors: [Ann, Bob]
        tags: [aviation, energy]
        extra:
          region: Caucasus
        ---

        ## Introduction

        First paragraph with *emphasis*, a [link](https://example.org/) and `code`.

        - item one
        - item two

        > a quote

        | a | b |
        |---|---|
        | 1 | 2 |

        ## Second section

        Text with a footnote.[^1]

        [^1]: The note.
        """;

    public const string Version2 = """
        ---
        title: "A briefing: revised"
        date: 2025-08-01
        summary: Short summary of the second version.
        byline: Analytical team
        tags:
          - aviation
          - energy
        changes:
          - type: correction
            text: "Fixed a date."
          - type: update
            text: Added a section.
        ---

        ## Introduction

        Revised paragraph.

        ### Detail

        1. one
        2. two
        """;

    public const string Page = """
        ---
        title: About
        summary: What this is.
        ---

        **About** this site, with [a link](/briefings/).
        """;

    public const string Event = """
        ---
        title: Patrol boats exchange fire
        date: 2025-01-15
        location: A river crossing
        actor1: RUS:MIL
        actor2: AZE:MIL
        cameo: "190"
        fatalities: 1
        injured: 3
        sources:
          - briefing: fuzz
            version: 1
            section: introduction
          - url: https://example.org/reports/river
            title: "A report"
        tags: [security, Border incidents]
        summary: Two patrol boats fire on each other.
        ---

        A short account of the **incident**, with [a source](https://example.org/).
        """;

    /// <summary>Relative path → content, in the order cases pick from.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("site.yml", Site),
        ("briefings/fuzz/v1.md", Version1),
        ("briefings/fuzz/v2.md", Version2),
        ("pages/about.md", Page),
        ("events/2025-01-15-patrol-boats.md", Event),
    ];
}
