using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Pages;

/// <summary>The site's standalone pages, by slug (ordinal).</summary>
public sealed class PageSet(IReadOnlyList<Page> items) : ISitePart
{
    public IReadOnlyList<Page> Items { get; } = items;

    public static PageSet Build(ModelContext context) =>
        new(context.SourcesOf<PageSource>()
            .Where(p => IsFree(p, context))
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Parallel.MaxDegreeOfParallelism is > 0 and var n ? n : Environment.ProcessorCount)
            .Select(p => new Page(p.Slug, p.Document, context.Render(p.Document)))
            .AsSequential()
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .ToList());

    // A page lives at /<slug>/, beside the sections every feature owns.
    private static bool IsFree(PageSource page, ModelContext context)
    {
        if (!context.Sections.Contains(page.Slug))
        {
            return true;
        }
        context.Diagnostics.Error(page.Document.File.DisplayPath, 1, 1,
            $"the page name '{page.Slug}' is taken by a section of the site; rename the file");
        return false;
    }

    /// <summary>These pages with one page's text rewritten (same file, same front matter); null when the slug or front matter differ.</summary>
    internal BodyEdit? WithBody(PageSource before, PageSource after, ModelContext context)
    {
        var index = Items.ToList().FindIndex(p => ReferenceEquals(p.Source, before.Document));
        if (index < 0 || before.Slug != after.Slug || !before.Document.Head.Equals(after.Document.Head))
        {
            return null;
        }
        var document = after.Document;
        var items = Items.ToArray();
        items[index] = items[index] with { Source = document, Content = context.Render(document) };
        return new BodyEdit(this, new PageSet(items), before.Document, document, Searched(items[index]));
    }

    public IEnumerable<object> Heads => Items.Select(p => (object)p.Source.Head);

    public IEnumerable<object> Documents => Items.Select(p => (object)p.Source);

    public IEnumerable<MarkdownBody> Bodies =>
        Items.Select(p => new MarkdownBody(p.Source.File.DisplayPath, p.Source.BodyFirstLine, p.Content));

    /// <summary>Only the pages that ask for a place: a site with a thousand pages keeps a short menu and light pages.</summary>
    public IEnumerable<MenuLink> Menu =>
        Items.Where(p => p.Source.FrontMatter.Menu is not null)
            .Select(p => new MenuLink(p.Source.FrontMatter.Menu!.Title ?? p.Title, p.Url, p.Source.FrontMatter.Menu.Weight));

    public IEnumerable<SearchSource> SearchDocuments => Items.Select(Searched);

    private static SearchSource Searched(Page p) => new(p.Source, () =>
        new SearchDocument(p.Title, p.Url, "Page", "", p.Source.FrontMatter.Summary ?? "", [], "") { Body = p.Content.Body });
}

/// <summary>The pages of a site, for code that reads <c>site.Pages</c>.</summary>
public static class PageSiteExtensions
{
    extension(SiteModel site)
    {
        public IReadOnlyList<Page> Pages => site.Find<PageSet>()?.Items ?? [];
    }
}
