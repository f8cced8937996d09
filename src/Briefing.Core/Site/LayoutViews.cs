namespace Briefing.Core.Site;

/// <summary>What the <c>base</c> layout needs from every page's view model.</summary>
public interface ILayoutView
{
    SiteView Site { get; }

    PageMeta Meta { get; }

    IReadOnlyList<NavItem> Nav { get; }
}

/// <summary>The publication, as every page shows it.</summary>
public sealed record SiteView(string Title, string Description, string Language, string Author, string HomeUrl);

/// <summary>A link in the main navigation; <see cref="Current"/> is "page" on the page it names (for aria-current), else null.</summary>
public sealed record NavItem(string Title, string Url, string? Current);

/// <summary>
/// The head of a page: its title, description, canonical URL and structured data.
/// <see cref="JsonLd"/> is already serialised and escaped for a script data block.
/// </summary>
public sealed record PageMeta(
    string Title,
    string DocumentTitle,
    string Description,
    string Url,
    string CanonicalUrl,
    string OgType,
    string? JsonLd)
{
    /// <summary>The day the page's content was first published, when it has one (articles, events).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The day the page's content last changed: the sitemap's <c>lastmod</c>. Null means "the site's newest date".</summary>
    public DateOnly? Modified { get; init; }

    /// <summary>False for pages search engines should not list (the 404 page): they get <c>noindex</c> and stay out of the sitemap.</summary>
    public bool Indexable { get; init; } = true;

    public string? PublishedIso => Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string? ModifiedIso => Modified?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
