using Briefing.Core.Tests.Events;

namespace Briefing.Core.Tests.Tension;

/// <summary>The index needs g = 10 × Goldstein to be a whole number, so an override finer than tenths is a content error, not a crash.</summary>
public sealed class GoldsteinPrecisionTests
{
    [Fact]
    public void Goldstein_override_with_two_decimals_reports_file_line_and_field()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", EventInput.ValidFrontMatter + "\ngoldstein: 3.55\ngoldstein_reason: finer than the scale");

        var error = Assert.Single(input.Errors());

        Assert.Equal(("input/events/2025-06-27-centre.md", 14, "goldstein"), (error.File, error.Line, error.Field));
        Assert.Contains("more than one decimal place", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Goldstein_override_in_tenths_is_accepted()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", EventInput.ValidFrontMatter + "\ngoldstein: -3.5\ngoldstein_reason: a judgement call",
            "An account.\n\n**Coding note.** A judgement call.");

        Assert.Empty(input.Errors());
    }
}
