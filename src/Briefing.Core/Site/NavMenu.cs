using System.Collections;

namespace Briefing.Core.Site;

/// <summary>
/// The main navigation as one page sees it: the site's links, shared by every page, with the one
/// containing the page's URL marked current. Items are made when read, so building a page's menu is O(1).
/// </summary>
public sealed class NavMenu(IReadOnlyList<(string Title, string Url)> links, string currentUrl) : IReadOnlyList<NavItem>
{
    public int Count => links.Count;

    public NavItem this[int index]
    {
        get
        {
            var (title, url) = links[index];
            return new NavItem(title, url, IsWithin(currentUrl, url) ? "page" : null);
        }
    }

    public IEnumerator<NavItem> GetEnumerator()
    {
        for (var i = 0; i < links.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>True when <paramref name="url"/> is the section's page or below it; the home page contains nothing.</summary>
    public static bool IsWithin(string url, string section) =>
        section != Urls.Home && url.StartsWith(section, StringComparison.Ordinal);
}
