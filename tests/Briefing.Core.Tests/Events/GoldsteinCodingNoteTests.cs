
namespace Briefing.Core.Tests.Events;

/// <summary>An override of the CAMEO table's Goldstein value needs its coding note in the account (issue 14, point 4).</summary>
public sealed class GoldsteinCodingNoteTests
{
    private const string File = "input/events/2025-06-27-centre.md";

    [Fact]
    public void Goldstein_override_without_a_coding_note_reports_file_line_and_field()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", EventInput.ValidFrontMatter + "\ngoldstein: -6.5\ngoldstein_reason: A closure by force.");

        var error = Assert.Single(input.Errors());
        Assert.Equal((File, 14, 1, "goldstein"), (error.File, error.Line, error.Column, error.Field));
        Assert.Contains("needs a coding note", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Goldstein_override_with_a_coding_note_builds()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", EventInput.ValidFrontMatter + "\ngoldstein: -6.5\ngoldstein_reason: A closure by force.",
            "An account.\n\n**Coding note.** The closure was carried out by force, so the value is lower than the table's.");

        Assert.Empty(input.Render().Diagnostics);
    }

}
