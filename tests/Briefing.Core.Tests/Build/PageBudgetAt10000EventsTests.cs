using Briefing.Testing;

namespace Briefing.Core.Tests.Build;

/// <summary>
/// The product corpus at 10,000 events (1,000 briefings), built in memory: no HTML page may outweigh the budget
/// a reader on a phone can afford. Slow (about 30 s on two cores), so it is a class of its own.
/// </summary>
public sealed class PageBudgetAt10000EventsTests
{
    /// <summary>Issue 15's budget, which must hold at 100,000 events; measured here at 10,000.</summary>
    private const int Budget = 150 * 1024;

    [ProductCorpusFact]
    public void No_html_page_of_the_product_corpus_at_10000_events_is_larger_than_150_KB()
    {
        using var corpus = new ProductCorpus(10_000);
        var site = SiteBuilds.Render(corpus.Input);

        Assert.Empty(site.Diagnostics);
        var pages = site.Html().ToList();
        Assert.True(pages.Count > 15_000, $"only {pages.Count} HTML pages were built");
        var heaviest = pages.OrderByDescending(f => f.Content.Length).Take(5).Select(f => $"{f.Path} ({f.Content.Length:#,0} bytes)").ToList();
        Assert.True(pages.All(f => f.Content.Length <= Budget), $"pages over {Budget:#,0} bytes; the heaviest: {string.Join(", ", heaviest)}");
    }
}
