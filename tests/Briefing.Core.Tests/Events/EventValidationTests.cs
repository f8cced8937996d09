using Briefing.Core.Events;
namespace Briefing.Core.Tests.Events;

/// <summary>Each way an event file can be wrong is reported with its file, line and field, and stops the build.</summary>
public sealed class EventValidationTests
{
    private const string File = "input/events/2025-06-27-centre.md";

    // Front matter starts on line 2 (line 1 is '---'); the valid template's keys sit on these lines.
    private const int DateLine = 3;
    private const int Actor1Line = 5;
    private const int CameoLine = 7;
    private const int TagsLine = 12;

    [Fact]
    public void Valid_event_builds_with_no_diagnostics()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", EventInput.ValidFrontMatter);
        var result = input.Render();
        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Site!.Events);
    }

    [Fact]
    public void Unknown_cameo_code_reports_file_line_and_field()
    {
        AssertSingleError(EventInput.With("cameo", "cameo: \"999\""), CameoLine, "cameo", "\"999\" is not a CAMEO event code");
    }

    [Fact]
    public void Cameo_code_without_its_leading_zero_is_unknown_and_the_message_suggests_the_padded_code()
    {
        // "871" is not "0871": the table compares codes as strings.
        AssertSingleError(EventInput.With("cameo", "cameo: \"871\""), CameoLine, "cameo", "did you mean \"0871\"");
    }

    [Fact]
    public void Unquoted_cameo_code_reports_that_it_must_be_quoted()
    {
        AssertSingleError(EventInput.With("cameo", "cameo: 0871"), CameoLine, "cameo", "must be quoted");
    }

    [Fact]
    public void Day_that_does_not_exist_reports_file_line_and_field()
    {
        using var input = new EventInput().Event("2025-02-30-centre.md", EventInput.With("date", "date: 2025-02-30"));
        var error = Assert.Single(input.Errors());
        Assert.Equal(("input/events/2025-02-30-centre.md", DateLine, "date"), (error.File, error.Line, error.Field));
        Assert.Contains("February 2025 has 28 days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_in_another_format_is_an_error()
    {
        AssertSingleError(EventInput.With("date", "date: 27/06/2025"), DateLine, "date", "is not a date");
    }

    [Fact]
    public void File_name_date_that_disagrees_with_the_date_field_is_an_error()
    {
        using var input = new EventInput().Event("2025-06-28-centre.md", EventInput.ValidFrontMatter);
        var error = Assert.Single(input.Errors());
        Assert.Equal(("input/events/2025-06-28-centre.md", DateLine, "date"), (error.File, error.Line, error.Field));
        Assert.Contains("2025-06-27-centre.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_name_without_a_date_prefix_is_an_error_that_suggests_the_name()
    {
        using var input = new EventInput().Event("centre.md", EventInput.ValidFrontMatter);
        var error = Assert.Single(input.Errors());
        Assert.Equal(("input/events/centre.md", DateLine, "date"), (error.File, error.Line, error.Field));
        Assert.Contains("rename the file to 2025-06-27-centre.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_precision_date_with_a_day_in_the_file_name_is_an_error()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", EventInput.With("date", "date: 2025-06"));
        var error = Assert.Single(input.Errors());
        Assert.Equal((File, DateLine, "date"), (error.File, error.Line, error.Field));
        Assert.Contains("rename the file to 2025-06-centre.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Goldstein_override_without_a_reason_reports_file_line_and_field()
    {
        var frontMatter = EventInput.ValidFrontMatter + "\ngoldstein: -6.5";
        AssertSingleError(frontMatter, 14, "goldstein", "needs 'goldstein_reason:'");
    }

    [Fact]
    public void Goldstein_reason_without_an_override_is_an_error()
    {
        var frontMatter = EventInput.ValidFrontMatter + "\ngoldstein_reason: because";
        AssertSingleError(frontMatter, 14, "goldstein_reason", "there is none");
    }

    [Fact]
    public void Goldstein_override_outside_the_scale_is_an_error()
    {
        var frontMatter = EventInput.ValidFrontMatter + "\ngoldstein: -11\ngoldstein_reason: too much";
        AssertSingleError(frontMatter, 14, "goldstein", "outside the Goldstein scale");
    }

    [Fact]
    public void Negative_fatalities_are_an_error()
    {
        AssertSingleError(EventInput.ValidFrontMatter + "\nfatalities: -1", 14, "fatalities", "out of range");
    }

    [Fact]
    public void Fractional_injured_count_is_an_error()
    {
        AssertSingleError(EventInput.ValidFrontMatter + "\ninjured: 2.5", 14, "injured", "not a whole number");
    }

    [Fact]
    public void Actor_that_is_not_an_alpha3_code_is_an_error()
    {
        AssertSingleError(EventInput.With("actor1", "actor1: AZ"), Actor1Line, "actor1", "is not an actor");
    }

    [Fact]
    public void Actor_with_an_unassigned_country_code_is_an_error()
    {
        AssertSingleError(EventInput.With("actor1", "actor1: XYZ"), Actor1Line, "actor1", "not an ISO 3166-1 alpha-3");
    }

    [Fact]
    public void Actor_with_an_unknown_role_is_an_error()
    {
        AssertSingleError(EventInput.With("actor1", "actor1: AZE:KING"), Actor1Line, "actor1", "not a CAMEO actor role");
    }

    [Fact]
    public void Event_without_a_title_reports_the_missing_field()
    {
        var error = SingleError(EventInput.With("title", null));
        Assert.Equal((File, "title"), (error.File, error.Field));
        Assert.Contains("required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_with_an_empty_sources_list_is_an_error()
    {
        var frontMatter = EventInput.ValidFrontMatter.Replace(
            "sources:\n  - briefing: test-briefing\n    version: 1\n    section: the-crash", "sources: []", StringComparison.Ordinal);
        AssertSingleError(frontMatter, 8, "sources", "at least one");
    }

    [Fact]
    public void Misspelled_field_is_reported_as_unknown()
    {
        AssertSingleError(EventInput.ValidFrontMatter + "\nsumary: typo", 14, "sumary", "unknown field");
    }

    // An event tag gets a page like a briefing's: the same rules, reported at the tag's line, not as a refused output path.
    [Theory]
    [InlineData("tags: [\"!!!\"]", "has no letters or digits")]
    [InlineData("tags: [CON]", "a device name on Windows")]
    public void Event_tag_that_cannot_have_a_page_reports_file_line_and_field(string tags, string messagePart)
    {
        AssertSingleError(EventInput.With("tags", tags), TagsLine, "tags", messagePart);
    }

    [Fact]
    public void Event_tag_in_azerbaijani_keeps_its_letters_in_the_url()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", EventInput.With("tags", "tags: [Qarabağ, Şuşa]"));
        var result = input.Render();
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Files, f => f.Path == "tags/qarabag/index.html");
        Assert.Contains(result.Files, f => f.Path == "tags/susa/index.html");
    }

    private static void AssertSingleError(string frontMatter, int line, string field, string messagePart)
    {
        var error = SingleError(frontMatter);
        Assert.Equal((File, line, field), (error.File, error.Line, error.Field));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    private static Briefing.Core.Diagnostics.Diagnostic SingleError(string frontMatter)
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", frontMatter);
        return Assert.Single(input.Errors());
    }
}
