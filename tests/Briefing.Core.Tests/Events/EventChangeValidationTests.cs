using Briefing.Core.Briefings;
using Briefing.Core.Events;

namespace Briefing.Core.Tests.Events;

/// <summary>
/// <c>changes:</c> on an event, and the rules <c>check</c> holds them to: a <c>was:</c> names only fields the
/// event has, each earlier value differs from the one the change gave, a change comes after the event was
/// recorded. Every error names file, line, column and field.
/// </summary>
public sealed class EventChangeValidationTests
{
    private const string File = "input/events/2025-06-27-centre.md";

    // ValidFrontMatter ends on line 13; these lines follow it, so 'changes:' is line 14 and 'was:' fields start on 19.
    private static string Change(string was) =>
        EventInput.ValidFrontMatter + "\nchanges:\n  - type: correction\n    date: 2026-11-30\n    text: Redated to the meeting.\n" + was;

    [Fact]
    public void Correction_with_an_earlier_date_builds_and_keeps_the_note_and_the_earlier_value()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", Change("    was:\n      date: 2025-06-26"));
        var result = input.Render();

        Assert.Empty(result.Diagnostics);
        var change = Assert.Single(Assert.Single(result.Site!.Events).Changes);
        Assert.Equal((ChangeType.Correction, new DateOnly(2026, 11, 30), "Redated to the meeting."), (change.Type, change.Date, change.Text));
        Assert.Equal("2025-06-26", change.Was!.Date!.ToString());
    }

    [Fact]
    public void Facts_before_a_correction_take_its_earlier_values_and_keep_the_rest()
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", Change("    was:\n      date: 2025-06\n      cameo: \"112\""));
        var e = Assert.Single(input.Render().Site!.Events);

        var before = Assert.Single(e.FactsBeforeChanges);
        Assert.Equal(("2025-06", "112", -2.0m, "AZE:GOV", "RUS"), (before.Date.ToString(), before.Cameo.Code, before.Goldstein, before.Actor1.Code, before.Actor2.Code));
        Assert.Equal(("2025-06-27", "172"), (e.Facts.Date.ToString(), e.Facts.Cameo.Code));
    }

    [Fact]
    public void Was_naming_a_field_the_event_does_not_have_reports_file_line_column_and_field()
    {
        AssertSingleError(Change("    was:\n      goldstein: 3.5"), 19, 7, "changes[0].was.goldstein", "has no 'goldstein' override");
    }

    [Fact]
    public void Was_naming_a_field_it_cannot_hold_reports_file_line_column_and_field()
    {
        AssertSingleError(Change("    was:\n      location: Moscow"), 19, 7, "changes[0].was.location", "keeps the earlier values only of date, cameo, goldstein, actor1, actor2");
    }

    [Fact]
    public void Was_equal_to_the_current_date_is_an_error()
    {
        AssertSingleError(Change("    was:\n      date: 2025-06-27"), 19, 7, "changes[0].was.date", "the same as the value the change gave 'date'");
    }

    [Fact]
    public void Was_equal_to_the_current_actor_is_an_error()
    {
        AssertSingleError(Change("    was:\n      actor1: AZE:GOV"), 19, 7, "changes[0].was.actor1", "the earlier value is AZE:GOV");
    }

    [Fact]
    public void Was_equal_to_what_a_later_correction_recorded_is_an_error()
    {
        // The second correction says the date was 2025-06-20 before it; so the first cannot have changed it from 2025-06-20.
        var frontMatter = Change("    was:\n      date: 2025-06-20") + "\n  - type: correction\n    date: 2026-12-05\n    text: Redated again.\n    was:\n      date: 2025-06-20";
        AssertSingleError(frontMatter, 19, 7, "changes[0].was.date", "the same as the value the change gave 'date'");
    }

    [Fact]
    public void Empty_was_is_an_error()
    {
        AssertSingleError(Change("    was: {}"), 18, 5, "changes[0].was", "at least one earlier value");
    }

    [Fact]
    public void Change_dated_before_the_event_was_recorded_is_an_error()
    {
        var frontMatter = EventInput.ValidFrontMatter + "\nrecorded: 2026-12-01\nchanges:\n  - type: update\n    date: 2026-11-30\n    text: Added a source.";
        AssertSingleError(frontMatter, 17, 5, "changes[0].date", "before the event entered the record");
    }

    [Fact]
    public void Change_of_an_unknown_type_is_an_error()
    {
        var frontMatter = EventInput.ValidFrontMatter + "\nchanges:\n  - type: erratum\n    date: 2026-11-30\n    text: X.";
        AssertSingleError(frontMatter, 15, 5, "changes[0].type", "not a change type");
    }

    [Fact]
    public void Event_without_recorded_when_another_has_it_is_an_error()
    {
        using var input = new EventInput()
            .Event("2025-06-27-centre.md", EventInput.ValidFrontMatter + "\nrecorded: 2026-11-22")
            .Event("2025-06-28-other.md", EventInput.With("date", "date: 2025-06-28"));

        var error = Assert.Single(input.Errors());
        Assert.Equal(("input/events/2025-06-28-other.md", "recorded"), (error.File, error.Field));
        Assert.Contains("2025-06-27-centre.md", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSingleError(string frontMatter, int line, int column, string field, string messagePart)
    {
        using var input = new EventInput().Event("2025-06-27-centre.md", frontMatter);
        var errors = input.Errors();
        var error = Assert.Single(errors);
        Assert.Equal((File, line, column, field), (error.File, error.Line, error.Column, error.Field));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }
}
