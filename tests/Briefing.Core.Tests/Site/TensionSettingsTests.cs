using Briefing.Core.Content;
using Briefing.Core.Diagnostics;
using Briefing.Core.Site;

namespace Briefing.Core.Tests.Site;

public sealed class TensionSettingsTests
{
    private const string Head = "title: T\ndescription: D\nbase_url: https://example.org/\nlanguage: en\nauthor: A\n";

    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Load(string tension)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfig.Load(new SourceFile("input/site.yml", Head + tension), bag);
        return (config, bag.Sorted());
    }

    [Fact]
    public void Dyad_is_read_in_the_order_written()
    {
        var (config, diagnostics) = Load("tension: {dyad: [AZE, RUS]}\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["AZE", "RUS"], config!.Tension!.Dyad);
    }

    [Fact]
    public void A_site_without_a_tension_section_has_no_index()
    {
        var (config, diagnostics) = Load("");

        Assert.Empty(diagnostics);
        Assert.Null(config!.Tension);
    }

    [Theory]
    [InlineData("tension:\n  dyad: [AZE]\n", 7, "must name exactly two countries, like [AZE, RUS]; it names 1")]
    [InlineData("tension:\n  dyad: [AZE, RUS, ARM]\n", 7, "must name exactly two countries, like [AZE, RUS]; it names 3")]
    [InlineData("tension:\n  dyad: [AZE, Russia]\n", 7, "'Russia' is not an ISO 3166-1 alpha-3 code (three capital letters, like AZE)")]
    [InlineData("tension:\n  dyad: [aze, RUS]\n", 7, "'aze' is not an ISO 3166-1 alpha-3 code (three capital letters, like AZE)")]
    [InlineData("tension:\n  dyad: [AZE, AZE]\n", 7, "must name two different countries, not AZE twice")]
    public void A_bad_dyad_is_reported_with_file_line_and_field(string tension, int line, string message)
    {
        var (_, diagnostics) = Load(tension);

        var error = Assert.Single(diagnostics);
        Assert.Equal($"input/site.yml:{line}:3: error: 'tension.dyad': {message}", error.ToString());
    }

    [Fact]
    public void A_tension_section_without_a_dyad_is_reported()
    {
        var (_, diagnostics) = Load("tension:\n  countries: [AZE, RUS]\n");

        Assert.Contains(diagnostics, d => d.ToString() == "input/site.yml:7:1: error: 'tension.dyad': is required but missing");
        Assert.Contains(diagnostics, d => d.Line == 7 && d.Field == "tension.countries" && d.Message.StartsWith("unknown field", StringComparison.Ordinal));
    }
}
