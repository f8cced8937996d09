using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>What the briefings' pages read, for <see cref="RenderJob.Reads"/>.</summary>
public static class BriefingReads
{
    /// <summary>The front matter of every version of every briefing: what lists of briefings show (and their order).</summary>
    public static IReadOnlyList<object> AllHeads(IEnumerable<BriefingDocument> briefings) =>
        briefings.SelectMany(b => b.Versions).Select(v => (object)v.Source.Head).ToArray();

    /// <summary>The front matter of every version of one briefing: its history, its cues, its summary.</summary>
    public static IEnumerable<object> Heads(BriefingDocument briefing) => briefing.Versions.Select(v => (object)v.Source.Head);

    /// <summary>A version's page: its whole document, the front matter of the other versions, and what cites the briefing.</summary>
    public static IReadOnlyList<object> Page(SiteModel site, BriefingDocument briefing, BriefingVersion version)
    {
        // Made at its exact size: 2,000 version pages' reads grown item by item were most of their enumeration.
        var (versions, citing) = (briefing.Versions, site.CitationsOf(briefing.Slug));
        var reads = new object[1 + versions.Count + citing.Count];
        reads[0] = version.Source;
        for (var i = 0; i < versions.Count; i++)
        {
            reads[1 + i] = versions[i].Source.Head;
        }
        for (var i = 0; i < citing.Count; i++)
        {
            reads[1 + versions.Count + i] = citing[i];
        }
        return reads;
    }
}
