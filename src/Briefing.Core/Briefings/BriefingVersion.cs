using Briefing.Core.Content;
using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>One published version of a briefing, with its rendered body.</summary>
public sealed record BriefingVersion(string Slug, int Number, ContentDocument<BriefingFrontMatter> Source, RenderedMarkdown Content)
{
    /// <summary>
    /// What changed since the version before, when it was worked out as the briefing was read: in a build that keeps
    /// nothing for a next one, whose versions drop their Markdown (at 100,000 events the versions' text was a fifth of
    /// the heap, and diff pages parsed it again). Null for the first version, and where documents are kept (serve),
    /// whose diff pages compare the bodies as they render.
    /// </summary>
    public VersionDiff? DiffFromPrevious { get; init; }

    /// <summary>This version for a build that keeps nothing for a next one: its document cut to its front matter.</summary>
    public static BriefingVersion Compact(string slug, int number, ContentDocument<BriefingFrontMatter> source, RenderedMarkdown content, VersionDiff? diffFromPrevious) =>
        new(slug, number, source.WithoutBody(), content) { DiffFromPrevious = diffFromPrevious };

    /// <summary>What changed from <paramref name="older"/>, the version before this one.</summary>
    public VersionDiff DiffFrom(BriefingVersion older) => DiffFromPrevious ?? VersionDiffer.Compare(older.Source.Body, Source.Body);

    public BriefingFrontMatter FrontMatter => Source.FrontMatter;

    public string Title => FrontMatter.Title;

    public DateOnly Date => FrontMatter.Date;

    /// <summary>The permanent URL of this version; it never changes once published.</summary>
    public string Url => Urls.BriefingVersion(Slug, Number);
}
