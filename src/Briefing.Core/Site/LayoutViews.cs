using Briefing.Core.Output;
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

/// <summary>A date, both for people and for machines (<c>&lt;time datetime&gt;</c>).</summary>
public sealed record DateView(string Text, string Iso);

/// <summary>A tag with the URL of its list page.</summary>
public sealed record TagView(string Name, string Url);
