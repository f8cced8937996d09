using Briefing.Core.Diagnostics;

namespace Briefing.Core.Briefings;

/// <summary>
/// The rules a briefing's versions must keep: numbered 1, 2, 3 … without gaps or repeats, each
/// from the second on saying what changed, and none dated before the one it replaces.
/// </summary>
public static class VersionSequence
{
    /// <summary>Reports every broken rule; true when there were none. <paramref name="versions"/> is sorted by number.</summary>
    public static bool Check(IReadOnlyList<BriefingVersionSource> versions, DiagnosticBag diagnostics)
    {
        var ok = true;
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var file = version.Document.File.DisplayPath;
            var expected = i + 1;
            if (version.Number != expected)
            {
                var problem = i > 0 && versions[i - 1].Number == version.Number ? "repeats" : "skips";
                diagnostics.Error(file, 1, 1, $"version {version.Number} {problem} a number: expected v{expected}.md");
                ok = false;
            }
            if (version.Number > 1 && version.Document.FrontMatter.Changes.Count == 0 && !ChangesAlreadyReported(file, diagnostics))
            {
                var lines = version.Document.Lines;
                diagnostics.Error(file, lines.LineOf("changes"), 1,
                    "from version 2 on, 'changes:' must list what this version changed ({type: correction|update|clarification, text: …})", "changes");
                ok = false;
            }
            if (i > 0 && version.Document.FrontMatter.Date < versions[i - 1].Document.FrontMatter.Date)
            {
                var previous = versions[i - 1];
                diagnostics.Error(file, version.Document.Lines.LineOf("date"), version.Document.Lines.ColumnOf("date"),
                    $"version {version.Number} is dated {version.Document.FrontMatter.Date:yyyy-MM-dd}, before version {previous.Number} ({previous.Document.FrontMatter.Date:yyyy-MM-dd})", "date");
                ok = false;
            }
        }
        return ok;
    }

    // A changes: list whose every entry was rejected (e.g. an unknown type) has its own errors;
    // saying also that it is missing would send the author looking for the wrong problem.
    private static bool ChangesAlreadyReported(string file, DiagnosticBag diagnostics) =>
        diagnostics.Sorted().Any(d => d.IsError && d.File == file && d.Field is { } field && field.StartsWith("changes", StringComparison.Ordinal));
}
