using System.Text.Json;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Commands;

/// <summary>The search index as the real process writes it, with the CLI's invariant globalization (no ICU).</summary>
public class SearchIndexProcessTests
{
    [Fact]
    public void The_cli_takes_accents_off_indexed_words_as_the_browser_takes_them_off_a_query()
    {
        using var site = TempDirectory.WithSite("60-publishing");
        site.Write("input/pages/places.md", "---\ntitle: Places\nsummary: Towns.\n---\n\nŞuşa, Gəncə and a café.\n");

        var run = CliRun.Process(site.Path, new Dictionary<string, string>(), "build", "--input", "input", "--theme", "theme", "--output", "out");

        Assert.True(run.ExitCode == 0, run.Error);
        var manifest = JsonDocument.Parse(File.ReadAllText(site.Combine("out", "search", "index.json"))).RootElement;
        var folder = site.Combine("out", "search", manifest.GetProperty("id").GetString()!, "t");
        var terms = Directory.GetFiles(folder).SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateObject().Select(p => p.Name)).ToHashSet();
        Assert.Contains("susa", terms);
        Assert.Contains("gəncə", terms);
        Assert.Contains("cafe", terms);
        Assert.DoesNotContain("şuşa", terms);
    }
}
