using System.Globalization;

namespace Briefing.Core.Site;

/// <summary>
/// One page of a paged list: its URL (page 1 keeps the list's own, later pages add <c>page/N/</c>), its number out
/// of <see cref="PageCount"/>, the entries on it and, in <see cref="Offset"/>, how many came before them.
/// </summary>
public sealed record ListPage<T>(string ListUrl, int Number, int PageCount, int Total, int Offset, IReadOnlyList<T> Items)
{
    public string Url => Paging.Url(ListUrl, Number);

    public string? PreviousUrl => Number > 1 ? Paging.Url(ListUrl, Number - 1) : null;

    public string? NextUrl => Number < PageCount ? Paging.Url(ListUrl, Number + 1) : null;

    /// <summary>What the page's job reads beyond its entries: where it sits in the list.</summary>
    public string Position => string.Create(CultureInfo.InvariantCulture, $"page {Number} of {PageCount}, {Total} in all");

    /// <summary>" (page 2 of 7)" after a later page's title, so no two pages share one; nothing on page 1.</summary>
    public string TitleSuffix => Number > 1 ? string.Create(CultureInfo.InvariantCulture, $" (page {Number} of {PageCount})") : "";

    /// <summary>The navigation between the list's pages, or null when the list fits on one.</summary>
    public PagerView? Pager => PageCount > 1 ? PagerView.Of(this) : null;

    /// <summary>The same page with each entry mapped: a page planned over indexes, shown with the records they stand for.</summary>
    public ListPage<TResult> Select<TResult>(Func<T, TResult> map) =>
        new(ListUrl, Number, PageCount, Total, Offset, Items.Select(map).ToArray());
}


/// <summary>Splits lists into pages of a fixed size.</summary>
public static class Paging
{
    /// <summary>The URL of page <paramref name="number"/> of the list at <paramref name="listUrl"/>: <c>/tags/law/page/2/</c>.</summary>
    public static string Url(string listUrl, int number) =>
        number <= 1 ? listUrl : string.Create(CultureInfo.InvariantCulture, $"{listUrl}page/{number}/");

    /// <summary>The pages of <paramref name="items"/>, <paramref name="size"/> a page; an empty list still has its page 1.</summary>
    public static IReadOnlyList<ListPage<T>> Split<T>(IReadOnlyList<T> items, int size, string listUrl)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var count = Math.Max(1, (items.Count + size - 1) / size);
        var pages = new ListPage<T>[count];
        for (var i = 0; i < count; i++)
        {
            var offset = i * size;
            var slice = items.Skip(offset).Take(size).ToArray();
            pages[i] = new ListPage<T>(listUrl, i + 1, count, items.Count, offset, slice);
        }
        return pages;
    }
}

/// <summary>
/// The visible navigation between a list's pages: which entries this page shows out of how many, the previous and
/// next pages, and numbered links to the first, the last and the pages near this one (<see cref="PagerLinkView.Url"/>
/// is null for a gap, "…").
/// </summary>
public sealed record PagerView(int Number, int PageCount, string Range, string Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PagerLinkView> Links)
{
    private const int Near = 2;

    internal static PagerView Of<T>(ListPage<T> page)
    {
        var links = new List<PagerLinkView>();
        for (var n = 1; n <= page.PageCount; n++)
        {
            if (n == 1 || n == page.PageCount || Math.Abs(n - page.Number) <= Near)
            {
                links.Add(new PagerLinkView(Text(n), Paging.Url(page.ListUrl, n), n == page.Number ? "page" : null));
            }
            else if (links[^1].Url is not null)
            {
                links.Add(new PagerLinkView("…", null, null));
            }
        }
        var range = $"{Text(page.Offset + 1)}–{Text(page.Offset + page.Items.Count)}";
        return new PagerView(page.Number, page.PageCount, range, Text(page.Total), page.PreviousUrl, page.NextUrl, links);
    }

    private static string Text(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}

/// <summary>A numbered link in a <see cref="PagerView"/>; <see cref="Current"/> is "page" on the page it names.</summary>
public sealed record PagerLinkView(string Text, string? Url, string? Current);
