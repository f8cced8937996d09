using Briefing.Core.Events;
using Briefing.Core.Tests.Schemas;

namespace Briefing.Core.Tests.Events;

public class EventScaffoldTests
{
    private static EventScaffoldResult Create(string title = "Russia summons Azerbaijan's ambassador", string date = "2025-06-30", string? cameo = null, params string[] actors) =>
        EventScaffold.Create(new EventScaffoldRequest(title, date, cameo, actors), CameoTable.Default);

    [Fact]
    public void File_name_is_the_date_then_the_title_slug()
    {
        Assert.Equal("events/2025-06-30-russia-summons-azerbaijans-ambassador.md", Create().RelativePath);
    }

    [Fact]
    public void A_month_only_date_names_the_file_by_month()
    {
        Assert.Equal("events/2025-07-report-on-raids.md", Create("Report on raids", "2025-07").RelativePath);
    }

    [Fact]
    public void Every_field_of_the_event_schema_is_written_required_as_a_line_optional_as_a_comment()
    {
        var lines = Create().Text.Split('\n');
        var schema = SchemaFiles.Documents.Single(d => d.Name == "event");

        foreach (var field in schema.Fields)
        {
            var prefix = field.Required ? $"{field.Name}:" : $"# {field.Name}:";
            Assert.True(lines.Any(l => l.StartsWith(prefix, StringComparison.Ordinal)), $"no line starting '{prefix}'");
        }
    }

    [Fact]
    public void Title_with_quotes_and_colons_is_written_as_one_quoted_string()
    {
        var text = Create("Aliyev: \"no apology\" \\ no talks").Text;

        Assert.Contains("title: \"Aliyev: \\\"no apology\\\" \\\\ no talks\"\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_cameo_and_actors_are_filled_in_with_the_code_quoted()
    {
        var text = Create(cameo: "0871", actors: ["RUS:GOV", "AZE"]).Text;

        Assert.Contains("cameo: \"0871\"\n", text, StringComparison.Ordinal);
        Assert.Contains("actor1: RUS:GOV\n", text, StringComparison.Ordinal);
        Assert.Contains("actor2: AZE\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-29", null, "--date: '2025-02-29' names a day that does not exist: February 2025 has 28 days")]
    [InlineData("30/06/2025", null, "--date: '30/06/2025' is not a date: write YYYY-MM-DD, or YYYY-MM when the sources give only the month")]
    [InlineData("2025-06-30", "999", "--cameo: \"999\" is not a CAMEO event code (see src/Briefing.Core/Events/Data/cameo.tsv)")]
    public void Bad_date_or_cameo_code_is_refused_with_a_reason(string date, string? cameo, string problem)
    {
        var result = Create(date: date, cameo: cameo);

        Assert.False(result.Succeeded);
        Assert.Equal([problem], result.Problems);
    }

    [Fact]
    public void A_cameo_code_missing_its_leading_zero_gets_a_suggestion()
    {
        var problem = Assert.Single(Create(cameo: "871").Problems);

        Assert.Equal("--cameo: \"871\" is not a CAMEO event code; did you mean 0871 (Declare truce, ceasefire)?", problem);
    }

    [Fact]
    public void Unknown_country_and_too_many_actors_are_refused()
    {
        Assert.Equal(["--actors: 'XYZ' is not an ISO 3166-1 alpha-3 country code"], Create(actors: ["RUS", "XYZ"]).Problems);
        Assert.Contains(Create(actors: ["RUS", "AZE", "TUR"]).Problems, p => p.StartsWith("--actors: give two actors at most", StringComparison.Ordinal));
    }
}
