using Briefing.Core.Templates;

namespace Briefing.Core.Markdown;

/// <summary>The HTML of a Markdown body, with what the rest of the site needs to know about it.</summary>
public sealed record RenderedMarkdown(
    TrustedHtml Body,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<MarkdownLink> Links,
    IReadOnlyList<string> ParagraphIds)
{
    /// <summary>The HTML as text, for what reads it rather than writes it into a page (search, feed, checks).</summary>
    public string Html => Body.Value;

    private HashSet<string>? _anchors;

    /// <summary>All anchors a link may point at: heading ids and paragraph ids.</summary>
    public IEnumerable<string> Anchors => Headings.Select(h => h.Id).Concat(ParagraphIds);

    /// <summary>
    /// True when <paramref name="id"/> is one of <see cref="Anchors"/>. A set made on first use: every citation is checked
    /// against its briefing's anchors, and scanning hundreds of them per citation was most of the events' model phase.
    /// </summary>
    public bool HasAnchor(string id) =>
        (Volatile.Read(ref _anchors) ?? Interlocked.CompareExchange(ref _anchors, new HashSet<string>(Anchors, StringComparer.Ordinal), null) ?? _anchors!).Contains(id);

    /// <summary>What the content policy refuses in this body (raw HTML, unsafe URLs); reported by <see cref="HostileContent.Report"/>.</summary>
    public IReadOnlyList<MarkdownProblem> Problems { get; init; } = [];
}
