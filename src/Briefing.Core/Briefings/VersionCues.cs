using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>Builds the version cues a briefing page shows at one of its versions.</summary>
public static class VersionCues
{
    public static VersionCuesView For(BriefingDocument briefing, BriefingVersion version) => new(
        version.Number,
        briefing.Versions.Count,
        version.Number == briefing.Latest.Number,
        version.Number > 1,
        Formatting.Date(version.Date),
        Formatting.Date(briefing.First.Date),
        briefing.Url,
        Urls.BriefingHistory(briefing.Slug),
        version.Number > 1 ? Urls.BriefingDiff(briefing.Slug, version.Number - 1, version.Number) : null,
        NotesShownAt(briefing, version));

    /// <summary>
    /// The notes at the top of a version: every correction made up to it (a correction stays in view,
    /// as newsrooms keep it), newest first, and this version's own updates and clarifications.
    /// </summary>
    public static IReadOnlyList<ChangeNoteView> NotesShownAt(BriefingDocument briefing, BriefingVersion version) =>
        briefing.Versions
            .Where(v => v.Number <= version.Number)
            .Reverse()
            .SelectMany(v => v.FrontMatter.Changes
                .Where(c => c.Type == ChangeType.Correction || v.Number == version.Number)
                .Select(c => Note(v, c)))
            .ToList();

    public static IReadOnlyList<ChangeNoteView> NotesOf(BriefingVersion version) =>
        version.FrontMatter.Changes.Select(c => Note(version, c)).ToList();

    private static ChangeNoteView Note(BriefingVersion version, ChangeNote note) =>
        new(note.Label, note.Label.ToLowerInvariant(), note.Text, version.Number, Formatting.Date(version.Date));
}
