using System.Text;
using Briefing.Core.Content;
using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>One published version of a briefing, with its rendered body.</summary>
public sealed record BriefingVersion(string Slug, int Number, ContentDocument<BriefingFrontMatter> Source, RenderedMarkdown Content)
{
    // The body as UTF-8 when the document was cut to its front matter (Compact); null when the document has it.
    private byte[]? MarkdownUtf8 { get; init; }

    /// <summary>
    /// This version for a build that keeps nothing for a next one: its Markdown, which only the diff pages read again,
    /// kept as UTF-8 beside a document cut to its front matter. At 100,000 events the versions' text as UTF-16 was
    /// a fifth of the heap.
    /// </summary>
    public static BriefingVersion Compact(string slug, int number, ContentDocument<BriefingFrontMatter> source, RenderedMarkdown content) =>
        new(slug, number, source.WithoutBody(), content) { MarkdownUtf8 = Encoding.UTF8.GetBytes(source.Body) };

    /// <summary>The Markdown after the front matter (a new string on each call).</summary>
    public string Body => MarkdownUtf8 is null ? Source.Body : Encoding.UTF8.GetString(MarkdownUtf8);

    public BriefingFrontMatter FrontMatter => Source.FrontMatter;

    public string Title => FrontMatter.Title;

    public DateOnly Date => FrontMatter.Date;

    /// <summary>The permanent URL of this version; it never changes once published.</summary>
    public string Url => Urls.BriefingVersion(Slug, Number);
}
