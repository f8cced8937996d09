using Briefing.Core.Content;
using Briefing.Core.Markdown;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Events;

/// <summary>One event in the site model: its front matter, its rendered account and its CAMEO entry.</summary>
public sealed record EventRecord(string Slug, ContentDocument<EventFrontMatter> Source, RenderedMarkdown Content, CameoEntry CameoEntry)
{
    public EventFrontMatter FrontMatter => Source.FrontMatter;

    public string Url => Urls.Event(Slug);

    public string Title => FrontMatter.Title;

    public EventDate Date => FrontMatter.Date;

    public Actor Actor1 => FrontMatter.Actor1;

    public Actor Actor2 => FrontMatter.Actor2;

    /// <summary>The CAMEO code as written, e.g. <c>"195"</c>.</summary>
    public string Cameo => FrontMatter.Cameo;

    /// <summary>The value the tension index uses: the override when the front matter gives one, else the CAMEO table's.</summary>
    public decimal Goldstein => FrontMatter.Goldstein ?? CameoEntry.Goldstein;

    /// <summary>True when <see cref="Goldstein"/> comes from the front matter rather than the CAMEO table.</summary>
    public bool IsGoldsteinOverridden => FrontMatter.Goldstein is not null;
}
