using Briefing.Core.Events;

namespace Briefing.Core.Tests.Events;

/// <summary>Sources must point at briefings, versions and anchors that exist, or at http(s) pages.</summary>
public sealed class EventCitationTests
{
    private const string File = "input/events/2025-06-27-centre.md";

    // In the valid template, the source entry's keys sit on lines 9 (briefing), 10 (version) and 11 (section).
    [Fact]
    public void Source_naming_a_missing_briefing_reports_file_line_and_field()
    {
        AssertSingleError(Replace("briefing: test-briefing", "briefing: no-such-briefing"), 9, "sources[0].briefing", "there is no briefing 'no-such-briefing'");
    }

    [Fact]
    public void Source_naming_a_missing_version_reports_file_line_and_field()
    {
        AssertSingleError(Replace("version: 1", "version: 2"), 10, "sources[0].version", "has no version 2");
    }

    [Fact]
    public void Source_naming_a_missing_section_reports_file_line_and_field()
    {
        AssertSingleError(Replace("section: the-crash", "section: the-landing"), 11, "sources[0].section", "has no section 'the-landing'");
    }

    [Fact]
    public void Source_naming_a_paragraph_beyond_the_last_is_an_error()
    {
        AssertSingleError(Replace("section: the-crash", "section: p-3"), 11, "sources[0].section", "paragraphs p-1 to p-2");
    }

    [Fact]
    public void Source_may_cite_a_numbered_paragraph()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", Replace("section: the-crash", "section: p-2"));
        Assert.Empty(input.Errors());
    }

    [Fact]
    public void Source_may_cite_a_web_page()
    {
        var web = Replace("- briefing: test-briefing\n    version: 1\n    section: the-crash", "- url: https://news.example/report\n    title: A report");
        using var input = new EventInput().Event("2025-06-27-centre.md", web);
        Assert.Empty(input.Errors());
    }

    [Fact]
    public void Web_source_with_a_javascript_address_is_refused()
    {
        var web = Replace("- briefing: test-briefing\n    version: 1\n    section: the-crash", "- url: javascript:alert(1)\n    title: A report");
        AssertSingleError(web, 9, "sources[0].url", "not an absolute http:// or https:// address");
    }

    [Fact]
    public void Web_source_without_a_title_is_an_error()
    {
        var web = Replace("- briefing: test-briefing\n    version: 1\n    section: the-crash", "- url: https://news.example/");
        AssertSingleError(web, 9, "sources[0].title", "required");
    }

    [Fact]
    public void Two_events_with_the_same_slug_are_an_error()
    {
        using var input = new EventInput()
            .Event("2025-06-27-centre.md", EventInput.ValidFrontMatter)
            .Event("2025-06-centre.md", EventInput.With("date", "date: 2025-06"));
        var error = Assert.Single(input.Errors());
        // Ordinal path order puts "2025-06-27-…" first, so the second file is the one reported.
        Assert.Equal("input/events/2025-06-centre.md", error.File);
        Assert.Contains(File, error.Message, StringComparison.Ordinal);
    }

    // A section the version has as a heading reads by its heading (EventPagesTests); these are the other two forms.
    [Theory]
    [InlineData(1, "p-6", "version 1, paragraph 6")]
    [InlineData(12, "p-140", "version 12, paragraph 140")]
    [InlineData(2, "the-crash", "version 2, #the-crash")]
    public void A_cited_place_without_a_heading_reads_as_a_paragraph_or_an_anchor(int version, string section, string expected)
    {
        var citation = new BriefingCitation { Briefing = "breaking-bonds", Version = version, Section = section };
        Assert.Equal(expected, EventViewFactory.CitedPlace(citation, null));
    }

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, EventInput.ValidFrontMatter, StringComparison.Ordinal);
        return EventInput.ValidFrontMatter.Replace(from, to, StringComparison.Ordinal);
    }

    private static void AssertSingleError(string frontMatter, int line, string field, string messagePart)
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", frontMatter);
        var error = Assert.Single(input.Errors());
        Assert.Equal((File, line, field), (error.File, error.Line, error.Field));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }
}
