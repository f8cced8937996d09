using System.Globalization;
using Briefing.Core.Briefings;
using Briefing.Core.Diagnostics;
using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Events;

/// <summary>
/// The model phase for events: checks what needs the whole site (that cited briefings, versions and
/// anchors exist; that no two events share a slug), renders each account, and sorts the events by
/// date, then slug (ordinal). Given last build's records, it keeps each one made from the very same document; when
/// <paramref name="briefingsAsBefore"/> (the briefings are the very ones last build checked against), it keeps their checks too.
/// </summary>
public sealed class EventModelBuilder(ModelContext context, CameoTable cameo, IReadOnlyList<EventRecord>? previous = null, bool briefingsAsBefore = false)
{
    public IReadOnlyList<EventRecord> Build(IReadOnlyList<EventFile> files, IReadOnlyList<BriefingDocument> briefings)
    {
        var diagnostics = context.Diagnostics;
        // Looked up by slug for every citation: a dictionary keeps 100,000 events × 10,000 briefings linear.
        var bySlug = briefings.ToDictionary(b => b.Slug, StringComparer.Ordinal);
        // A record depends only on its file (and the fixed CAMEO table): last build's, for the very same document, is this build's.
        // Each kept by its place in last build's list, so that the order it had there can be kept too.
        var kept = new Dictionary<object, int>(previous?.Count ?? 0, ReferenceEqualityComparer.Instance);
        for (var p = 0; p < (previous?.Count ?? 0); p++)
        {
            kept.Add(previous![p].Source, p);
        }
        var valid = new List<EventFile>(files.Count);
        foreach (var file in files)
        {
            // A kept record's citations passed last build's check, which read only its file and the briefings.
            if ((briefingsAsBefore && kept.ContainsKey(file.Document)) || CheckCitations(file, bySlug, briefings, diagnostics))
            {
                valid.Add(file);
            }
        }
        var slugsClash = ReportDuplicateSlugs(valid, diagnostics);
        ReportMissingRecorded(valid, diagnostics);
        var events = new EventRecord[valid.Count];
        var keptFrom = new bool[previous?.Count ?? 0];
        var madeAnew = new bool[valid.Count];
        Parallel.For(0, valid.Count, context.Parallel, i =>
        {
            var file = valid[i];
            if (kept.TryGetValue(file.Document, out var at))
            {
                var same = previous![at];
                HostileContent.Report(same.Content, file.Document.File.DisplayPath, file.Document.BodyFirstLine, diagnostics);
                events[i] = same;
                keptFrom[at] = true;
                return;
            }
            var entry = cameo.Find(file.Document.FrontMatter.Cameo)
                ?? throw new InvalidOperationException($"CAMEO code {file.Document.FrontMatter.Cameo} passed parsing but is not in the table");
            var content = context.Render(file.Document);
            var before = EventFacts.BeforeEachChange(new EventFacts(file.Document.FrontMatter.Date, file.Document.FrontMatter.Actor1, file.Document.FrontMatter.Actor2, entry, file.Document.FrontMatter.Goldstein), file.Document.FrontMatter.Changes, cameo);
            // Pages read an event's rendered account and front matter, never its Markdown again.
            events[i] = new EventRecord(file.Slug, context.KeepsSources ? file.Document : file.Document.WithoutBody(), content, entry, before);
            madeAnew[i] = true;
        });
        // Without two events of one slug the order is strict, so last build's order of the kept records is this build's.
        return previous is null || slugsClash ? Sorted(events) : Merged(previous, keptFrom, events, madeAnew);
    }

    // Stable, so that events sharing a date and a slug (reported) keep the order of their files.
    private static List<EventRecord> Sorted(IEnumerable<EventRecord> events) =>
        events
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();

    // Last build's records in its order, less those not kept, with the records made anew sorted in among them:
    // a one-event edit sorts one record rather than 10,000.
    private static List<EventRecord> Merged(IReadOnlyList<EventRecord> previous, bool[] keptFrom, EventRecord[] events, bool[] madeAnew)
    {
        var fresh = new List<EventRecord>();
        for (var i = 0; i < events.Length; i++)
        {
            if (madeAnew[i])
            {
                fresh.Add(events[i]);
            }
        }
        fresh.Sort(Compare);
        var merged = new List<EventRecord>(events.Length);
        var next = 0;
        for (var p = 0; p < previous.Count; p++)
        {
            if (!keptFrom[p])
            {
                continue;
            }
            while (next < fresh.Count && Compare(fresh[next], previous[p]) < 0)
            {
                merged.Add(fresh[next++]);
            }
            merged.Add(previous[p]);
        }
        while (next < fresh.Count)
        {
            merged.Add(fresh[next++]);
        }
        return merged;
    }

    private static int Compare(EventRecord a, EventRecord b)
    {
        var byDate = a.Date.CompareTo(b.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Slug, b.Slug);
    }

    private static bool CheckCitations(EventFile file, Dictionary<string, BriefingDocument> bySlug, IReadOnlyList<BriefingDocument> briefings, DiagnosticBag diagnostics)
    {
        var ok = true;
        var path = file.Document.File.DisplayPath;
        var sources = file.Document.FrontMatter.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is BriefingCitation citation)
            {
                ok &= CheckCitation(citation, i, path, bySlug, briefings, diagnostics);
            }
        }
        return ok;
    }

    // The field is named only in a message: most citations are fine, and a name per citation would cost a string each.
    private static bool CheckCitation(BriefingCitation citation, int index, string path, Dictionary<string, BriefingDocument> bySlug, IReadOnlyList<BriefingDocument> briefings, DiagnosticBag diagnostics)
    {
        var briefing = bySlug.GetValueOrDefault(citation.Briefing);
        if (briefing is null)
        {
            var known = string.Join(", ", briefings.Select(b => b.Slug).Order(StringComparer.Ordinal));
            diagnostics.Error(path, citation.Line, 1, $"there is no briefing '{citation.Briefing}'; the briefings are: {known}", Field(index, "briefing"));
            return false;
        }
        var version = briefing.Version(citation.Version);
        if (version is null)
        {
            diagnostics.Error(path, citation.VersionLine, 1,
                $"briefing '{citation.Briefing}' has no version {citation.Version}; its versions are 1 to {briefing.Latest.Number}", Field(index, "version"));
            return false;
        }
        if (!version.Content.HasAnchor(citation.Section))
        {
            diagnostics.Error(path, citation.SectionLine, 1,
                $"version {citation.Version} of '{citation.Briefing}' has no section '{citation.Section}'; {AnchorHint(version.Content)}", Field(index, "section"));
            return false;
        }
        return true;
    }

    private static string Field(int index, string name) => string.Create(CultureInfo.InvariantCulture, $"sources[{index}].{name}");

    private static string AnchorHint(RenderedMarkdown content)
    {
        var headings = content.Headings.Select(h => h.Id).ToList();
        var paragraphs = content.ParagraphIds.Count > 0 ? $"paragraphs p-1 to p-{content.ParagraphIds.Count}" : "no numbered paragraphs";
        return headings.Count > 0
            ? $"cite a heading ({string.Join(", ", headings)}) or one of its {paragraphs}"
            : $"it has no headings; cite one of its {paragraphs}";
    }

    // Vintages need every event's entry into the record: one without it would silently count in every past vintage.
    private static void ReportMissingRecorded(IReadOnlyList<EventFile> files, DiagnosticBag diagnostics)
    {
        var example = files.FirstOrDefault(f => f.Document.FrontMatter.Recorded is not null);
        if (example is null)
        {
            return;
        }
        foreach (var file in files.Where(f => f.Document.FrontMatter.Recorded is null))
        {
            diagnostics.Error(file.Document.File.DisplayPath, file.Document.Lines.LineOf("recorded"), 1,
                $"is required but missing: other events give the day they entered the record (as {example.Document.File.DisplayPath} does), so every event must; for a new event, the day it is published",
                "recorded");
        }
    }

    // True when some slug is shared, and so reported.
    private static bool ReportDuplicateSlugs(IReadOnlyList<EventFile> files, DiagnosticBag diagnostics)
    {
        // The first path (ordinal) of each slug keeps it; the others are reported. A dictionary, not a grouping of every event.
        var first = new Dictionary<string, string>(files.Count, StringComparer.Ordinal);
        var clashes = new List<(string Slug, string Path)>();
        foreach (var file in files)
        {
            var path = file.Document.File.DisplayPath;
            if (!first.TryAdd(file.Slug, path))
            {
                clashes.Add((file.Slug, path));
            }
        }
        foreach (var group in clashes.GroupBy(c => c.Slug, StringComparer.Ordinal))
        {
            var paths = group.Select(c => c.Path).Append(first[group.Key]).Order(StringComparer.Ordinal).ToList();
            foreach (var path in paths.Skip(1))
            {
                diagnostics.Error(path, 1, 1, $"another event, {paths[0]}, has the slug '{group.Key}'; events share /events/<slug>/ so slugs must differ");
            }
        }
        return clashes.Count > 0;
    }
}
