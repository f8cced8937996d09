namespace Briefing.Core.Rendering.Views;

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
    string? JsonLd);
