using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>
/// The site's briefings, newest first (by their latest version), then by slug; each with every version,
/// oldest first. What the other features and the shared files read of them is below.
/// </summary>
public sealed class BriefingSet(IReadOnlyList<BriefingDocument> items) : ISitePart
{
    private readonly Dictionary<string, BriefingDocument> _bySlug = items.ToDictionary(b => b.Slug, StringComparer.Ordinal);

    public IReadOnlyList<BriefingDocument> Items { get; } = items;

    public BriefingDocument? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>Versions in parallel across briefings (one after another within one), sorted the same whatever the thread timing.</summary>
    public static BriefingSet Build(ModelContext context)
    {
        var briefings = context.SourcesOf<BriefingVersionSource>()
            .GroupBy(v => v.Slug, StringComparer.Ordinal)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Parallel.MaxDegreeOfParallelism is > 0 and var n ? n : Environment.ProcessorCount)
            .Select(group => BuildOne(group.OrderBy(v => v.Number).ToList(), context))
            .AsSequential()
            .OfType<BriefingDocument>()
            .OrderByDescending(b => b.Latest.Date)
            .ThenBy(b => b.Slug, StringComparer.Ordinal)
            .ToList();
        return new BriefingSet(briefings);
    }

    private static BriefingDocument? BuildOne(IReadOnlyList<BriefingVersionSource> sources, ModelContext context)
    {
        var valid = VersionSequence.Check(sources, context.Diagnostics);
        if (context.KeepsSources)
        {
            var kept = sources.Select(s => new BriefingVersion(s.Slug, s.Number, s.Document, context.Render(s.Document, numberParagraphs: true))).ToArray();
            return valid ? new BriefingDocument(sources[0].Slug, kept) : null;
        }
        // A build that keeps no sources works out each diff here, from the blocks of the tree the renderer parsed, and
        // lets the Markdown go: diff pages parsed both versions again, and every version's Markdown was kept for them.
        var versions = new BriefingVersion[sources.Count];
        IReadOnlyList<TextBlock>? previous = null;
        for (var i = 0; i < sources.Count; i++)
        {
            IReadOnlyList<TextBlock>? blocks = null;
            var source = sources[i];
            var content = context.Render(source.Document, numberParagraphs: true, document => blocks = MarkdownBlocks.Of(document));
            // No tree means the renderer refused the body (nested too deeply to read): that is an error, the build writes
            // nothing, and there is no diff to show.
            var diff = valid && previous is not null && blocks is not null ? VersionDiffer.Compare(previous, blocks) : null;
            versions[i] = BriefingVersion.Compact(source.Slug, source.Number, source.Document, content, diff);
            previous = blocks;
        }
        return valid ? new BriefingDocument(sources[0].Slug, versions) : null;
    }

    private IEnumerable<BriefingVersion> Versions => Items.SelectMany(b => b.Versions);

    public IEnumerable<object> Heads => Versions.Select(v => (object)v.Source.Head);

    public IEnumerable<object> Documents => Versions.Select(v => (object)v.Source);

    public IEnumerable<MarkdownBody> Bodies =>
        Versions.Select(v => new MarkdownBody(v.Source.File.DisplayPath, v.Source.BodyFirstLine, v.Content));

    public IEnumerable<DateOnly> Dates => Versions.Select(v => v.Date);

    public IEnumerable<MenuLink> Menu => [new MenuLink("Briefings", Urls.Briefings, 10)];

    // Each version, by its document: its entry reads nothing else, and an unchanged file's document is the same object.
    public IEnumerable<FeedSource> FeedSources(SiteConfig config, Func<string, string> absolute) =>
        Versions.Select(v => new FeedSource(v.Source, () => [BriefingFeed.Entry(config, v, absolute)]));

    public IEnumerable<SearchSource> SearchDocuments =>
        Items.Select(b => new SearchSource(b.Latest.Source, () => BriefingSearch.Document(b)));
}

/// <summary>The briefings of a site, for code that reads <c>site.Briefings</c>.</summary>
public static class BriefingSiteExtensions
{
    extension(SiteModel site)
    {
        /// <summary>Every briefing, newest first; empty when the briefings feature is not registered.</summary>
        public IReadOnlyList<BriefingDocument> Briefings => site.Find<BriefingSet>()?.Items ?? [];

        public BriefingDocument? FindBriefing(string slug) => site.Find<BriefingSet>()?.Find(slug);
    }
}
