using Briefing.Core.Output;
using Briefing.Core.Templates;

namespace Briefing.Core.Site;

/// <summary>What every page generator may use: the site model, the compiled theme and the base URL.</summary>
public sealed record RenderContext(SiteModel Site, TemplateSet Templates, string BaseUrl)
{
    public SiteView SiteView { get; } = new(Site.Config.Title, Site.Config.Description, Site.Config.Language, Site.Config.Author, Urls.Home);

    /// <summary>The absolute URL of a root-relative one, from <c>--base-url</c> or <c>site.yml</c>.</summary>
    public string Absolute(string url) => Urls.Absolute(BaseUrl, url);

    public PageMeta Meta(string title, string description, string url, string ogType = "website", string? jsonLd = null) =>
        new(title,
            url == Urls.Home ? Site.Config.Title : $"{title} · {Site.Config.Title}",
            description,
            url,
            Absolute(url),
            ogType,
            jsonLd);

    /// <summary>The head of one page of a paged list: a later page's title says which it is, and each links its neighbours.</summary>
    public PageMeta ListMeta<T>(string title, string description, ListPage<T> page) =>
        Meta(title + page.TitleSuffix, description, page.Url) with { PreviousUrl = page.PreviousUrl, NextUrl = page.NextUrl };

    /// <summary>The main navigation, with the section containing <paramref name="url"/> marked current.</summary>
    public IReadOnlyList<NavItem> Nav(string url) => new NavMenu(Site.Menu, url);

    /// <summary>The build cache, when the pipeline keeps one between builds (<c>serve</c>).</summary>
    public IRenderMemo? Memo { get; init; }

    /// <summary>
    /// How many threads a generator's own parallel work may use: the build's (<c>--jobs</c>), so that a build on one
    /// thread stays on one thread inside a job too.
    /// </summary>
    public ParallelOptions Parallel { get; init; } = new();

    /// <summary>
    /// A value made from <paramref name="reads"/>: last build's when it read the same (with a build cache), else
    /// <paramref name="make"/>'s, made once for this build. For work that several files share, such as the search index or the feed entries by topic.
    /// </summary>
    public T Remember<T>(string key, IReadOnlyList<object> reads, Func<T> make)
        where T : class =>
        Memo is null ? _thisBuild.Get(key, reads, make) : Memo.Remember(key, reads, make);

    /// <summary>True when values are kept for the next build (a build cache): what only pays off then need not be kept at all.</summary>
    public bool KeepsValuesBetweenBuilds => Memo is not null;

    /// <summary>
    /// What a job or a remembered value reads, from <paramref name="make"/> when a build cache will compare it with the
    /// next build's; nothing when the build keeps nothing for a next one, where no one compares reads (within one build
    /// each value and each job is asked for with the reads of the same code). At 100,000 events making every job's reads
    /// was most of the second of CPU spent listing the jobs before any could run, and each list lived until its job ran.
    /// </summary>
    public IReadOnlyList<object> ReadsToKeep(Func<IReadOnlyList<object>> make) => KeepsValuesBetweenBuilds ? make() : [];

    // Without a build cache, what several jobs share is still made once per build.
    private readonly BuildValues _thisBuild = new();

    /// <summary>
    /// Like <see cref="Remember"/>, for a value that is cheaper to bring up to date than to make: when the reads differ,
    /// <paramref name="update"/> gets last build's value (null on a first build or without a build cache) and returns a
    /// new one, leaving the old one as it was. The result must depend only on the reads, never on which value it was
    /// updated from: a cached build is byte-identical to a fresh one.
    /// </summary>
    public T RememberUpdated<T>(string key, IReadOnlyList<object> reads, Func<T?, T> update)
        where T : class =>
        Memo is null ? _thisBuild.Get(key, reads, () => update(null)) : Memo.RememberUpdated(key, reads, update);

    /// <summary>
    /// True when the build writes each page as it is rendered and keeps nothing between builds: a page's bytes are then
    /// made by the writer (<see cref="OutputFile.BytesPending"/>).
    /// </summary>
    internal bool WritesPagesAsRendered { get; init; }

    /// <summary>Renders a page template into a file at the URL's output path.</summary>
    public OutputFile Page(string template, string url, object model)
    {
        var path = Urls.ToOutputPath(url);
        var html = Templates.RenderPage(template, model);
        return (WritesPagesAsRendered ? OutputFile.PageToWrite(path, html) : OutputFile.Page(path, html))
            with { Meta = (model as ILayoutView)?.Meta, Template = Templates.DisplayPathOf(template) };
    }
}

/// <summary>Remembers values between builds, by key, while what they were made from is unchanged (the build cache implements it).</summary>
public interface IRenderMemo
{
    T Remember<T>(string key, IReadOnlyList<object> reads, Func<T> make)
        where T : class;

    /// <summary>Last build's value when made from equal reads, else what <paramref name="update"/> makes of it (null when there is none).</summary>
    T RememberUpdated<T>(string key, IReadOnlyList<object> reads, Func<T?, T> update)
        where T : class;
}
