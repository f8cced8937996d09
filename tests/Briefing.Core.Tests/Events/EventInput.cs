using Briefing.Core.Build;
using Briefing.Core.Diagnostics;
using Briefing.Testing;

namespace Briefing.Core.Tests.Events;

/// <summary>
/// A throw-away input folder with one briefing (headings "The crash" and "Aftermath", two
/// paragraphs) and the event files a test writes, rendered in memory.
/// </summary>
internal sealed class EventInput : IDisposable
{
    public const string ValidFrontMatter = """
        title: Russia closes a cultural centre
        date: 2025-06-27
        location: Baku, Azerbaijan
        actor1: AZE:GOV
        actor2: RUS
        cameo: "172"
        sources:
          - briefing: test-briefing
            version: 1
            section: the-crash
        tags: [culture]
        summary: A one-line summary.
        """;

    private readonly TempDirectory _temp = new();

    public EventInput()
    {
        _temp.Write("input/site.yml", "title: T\ndescription: D\nbase_url: https://example.org/\nlanguage: en\nauthor: A\n");
        _temp.Write("input/briefings/test-briefing/v1.md", """
            ---
            title: Test briefing
            date: 2025-07-01
            summary: S.
            byline: Desk
            ---

            ## The crash

            First paragraph.

            ## Aftermath

            Second paragraph.
            """);
    }

    /// <summary>Writes <c>input/events/&lt;name&gt;</c> with the given front matter and a one-line body.</summary>
    public EventInput Event(string name, string frontMatter, string body = "An account in a sentence.")
    {
        _temp.Write($"input/events/{name}", $"---\n{frontMatter.TrimEnd()}\n---\n\n{body}\n");
        return this;
    }

    public BuildResult Render() => SiteBuilds.Render(_temp.Combine("input"));

    /// <summary>The error diagnostics of a render, as compiler-style lines.</summary>
    public IReadOnlyList<Diagnostic> Errors() => Render().Diagnostics.Where(d => d.IsError).ToList();

    public void Dispose() => _temp.Dispose();

    /// <summary>The valid front matter with one line (matched by its key) replaced, or removed when <paramref name="replacement"/> is null.</summary>
    public static string With(string key, string? replacement) =>
        string.Join('\n', ValidFrontMatter.Split('\n')
            .Select(line => line.StartsWith(key + ":", StringComparison.Ordinal) ? replacement : line)
            .OfType<string>());
}
