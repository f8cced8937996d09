using Briefing.Core.Briefings;

namespace Briefing.Core.Tests.Briefings;

public class NextVersionDraftTests
{
    private const string Stub =
        "changes:\n  - type: correction | update | clarification\n    text: \"Say what this version changes; for a correction, what was wrong and what it now says.\"\n";

    [Fact]
    public void Draft_keeps_the_text_sets_the_date_and_adds_a_changes_stub()
    {
        var draft = NextVersionDraft.Create("---\ntitle: T\ndate: 2025-01-10\nsummary: S\nbyline: B\n---\n\nBody *text*.\n", new DateOnly(2025, 2, 1));

        Assert.Equal("---\ntitle: T\ndate: 2025-02-01\nsummary: S\nbyline: B\n" + Stub + "---\n\nBody *text*.\n", draft);
    }

    [Fact]
    public void Previous_changes_are_replaced_whatever_their_layout()
    {
        const string latest = "---\ntitle: T\ndate: 2025-01-10\nchanges:\n- type: correction\n  text: \"Old note\"\n  # a comment\nsummary: S\nbyline: B\n---\nBody\n";

        var draft = NextVersionDraft.Create(latest, new DateOnly(2025, 2, 1));

        Assert.Equal("---\ntitle: T\ndate: 2025-02-01\nsummary: S\nbyline: B\n" + Stub + "---\nBody\n", draft);
    }

    [Fact]
    public void Indented_date_inside_extra_is_left_alone()
    {
        var draft = NextVersionDraft.Create("---\ntitle: T\ndate: 2025-01-10\nextra:\n  date: kept\n---\nBody\n", new DateOnly(2025, 2, 1));

        Assert.Contains("\n  date: kept\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_front_matter_gives_no_draft()
    {
        Assert.Null(NextVersionDraft.Create("Just a body.\n", new DateOnly(2025, 2, 1)));
    }

    [Fact]
    public void A_draft_is_unfinished_until_its_stub_type_is_replaced()
    {
        var draft = NextVersionDraft.Create("---\ntitle: T\ndate: 2025-01-10\n---\nBody\n", new DateOnly(2025, 2, 1))!;

        Assert.True(NextVersionDraft.IsUnfinished(draft));
        Assert.False(NextVersionDraft.IsUnfinished(draft.Replace(NextVersionDraft.TypePlaceholder, "update", StringComparison.Ordinal)));
    }
}
