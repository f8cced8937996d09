using Briefing.Core.Import;
using Briefing.Testing;

namespace Briefing.Core.Tests.Import;

public class PlainTextImporterTests
{
    private static string Seed(string name) => File.ReadAllText(Path.Combine(RepoPaths.Fixture("seeds"), name));

    private static ImportedDocument ImportReport() => PlainTextImporter.Convert(new ImportRequest(
        Seed("000_437af75286ba1fe7.txt"), "Breaking Bonds: Azerbaijan’s Bold Shift Away from Russia", new DateOnly(2025, 7, 21)));

    [Fact]
    public void Report_headings_are_the_six_section_lines()
    {
        Assert.Equal(
            new[]
            {
                "Introduction",
                "The Downing of AZAL Flight 8243: A Catalyst for Tension",
                "The Deaths of the Safarov Brothers: An Escalation in Violence",
                "Russia’s Growing Aggression and Azerbaijan’s Response",
                "Russia’s Internal Struggles and Its Loss of Influence",
                "Conclusion",
            },
            ImportReport().Headings);
    }

    [Fact]
    public void Report_byline_and_title_lines_are_recognised_and_left_out_of_the_body()
    {
        var report = ImportReport();
        Assert.Equal("Analytical team", report.Byline);
        Assert.Contains("byline: \"Analytical team\"", report.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Breaking Bonds", report.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Analytical team", report.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Commentary_has_no_headings_and_keeps_its_eleven_paragraphs()
    {
        var commentary = PlainTextImporter.Convert(new ImportRequest(
            Seed("002_3b542e6437b937c4.txt"), "A title", new DateOnly(2025, 8, 20), "Analytical team"));
        Assert.Empty(commentary.Headings);
        Assert.Equal(11, commentary.Paragraphs.Count);
        Assert.Null(commentary.Byline);
    }

    [Fact]
    public void Every_report_line_below_the_title_is_kept_as_a_paragraph_or_heading()
    {
        var lines = Seed("000_437af75286ba1fe7.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var report = ImportReport();
        var kept = report.Headings.Concat(report.Paragraphs).Order(StringComparer.Ordinal);
        Assert.Equal(lines.Skip(2).Order(StringComparer.Ordinal), kept);
        Assert.Equal(15, report.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Costs rose 5*3 times", "Costs rose 5\\*3 times")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("- not a bullet", "\\- not a bullet")]
    [InlineData("a <b>tag</b> & [link](x)", "a \\<b\\>tag\\</b\\> \\& \\[link\\](x)")]
    [InlineData("snake_case_word", "snake\\_case\\_word")]
    public void Markdown_characters_are_escaped_so_text_shows_as_written(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.Escape(text));

    [Fact]
    public void Blank_line_separated_paragraphs_are_joined_across_hard_wraps()
    {
        var blocks = TextBlocks.Split("First line\nwrapped here.\n\nSecond paragraph.\n");
        Assert.Equal(new[] { "First line wrapped here.", "Second paragraph." }, blocks);
    }

    [Fact]
    public void A_short_last_line_is_text_not_a_heading()
    {
        var document = PlainTextImporter.Convert(new ImportRequest("A long opening paragraph that ends properly.\nThe end", "T", new DateOnly(2025, 1, 1)));
        Assert.Empty(document.Headings);
        Assert.Equal(2, document.Paragraphs.Count);
    }
}
