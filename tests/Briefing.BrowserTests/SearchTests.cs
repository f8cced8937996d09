using System.Text.RegularExpressions;
using Briefing.Core.Briefings;
using Briefing.Core.Events;
using Briefing.Core.Site;
using Briefing.Core.Text;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>The search page in a real browser, under the CSP, with and without JavaScript.</summary>
[Collection(SiteInBrowser.Name)]
public sealed partial class SearchTests(SiteUnderTest site)
{
    [ChromiumFact]
    public async Task Typing_a_word_from_a_briefing_body_lists_that_briefing()
    {
        foreach (var briefing in site.Build.Site!.Briefings)
        {
            var word = BodyOnlyWord(briefing);
            await using var context = await site.NewContextAsync(390);
            var visit = await PageVisit.OpenAsync(context, "/search/");

            await visit.Page.GetByLabel("Words to find").FillAsync(word);

            var results = visit.Page.Locator("#search-results a");
            await Assertions.Expect(results.First).ToBeVisibleAsync();
            await visit.SearchResultsFilledAsync();
            Assert.Contains(briefing.Url, await PageVisit.HrefsAsync(results));
            Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
        }
    }

    [ChromiumFact]
    public async Task The_start_of_a_word_in_the_address_finds_it_too()
    {
        var briefing = site.Build.Site!.Briefings[0];
        var prefix = BodyOnlyWord(briefing)[..5];
        await using var context = await site.NewContextAsync(1280);

        var visit = await PageVisit.OpenAsync(context, "/search/?q=" + Uri.EscapeDataString(prefix));

        await Assertions.Expect(visit.Page.Locator($"#search-results a[href='{briefing.Url}']")).ToBeVisibleAsync();
        await Assertions.Expect(visit.Page.Locator("#search-status")).ToContainTextAsync("for “" + prefix + "”");
        await visit.ScreenshotAsync("1280-search-results");
    }

    /// <summary>Accents come off what is typed, as they come off the index (SearchTokenizer), so both spellings agree.</summary>
    [ChromiumFact]
    public async Task A_word_typed_with_an_accent_finds_what_it_finds_without()
    {
        await using var context = await site.NewContextAsync(1280);
        var results = new List<string[]>();
        foreach (var spelling in new[] { "Alíyev", "aliyev" })
        {
            var visit = await PageVisit.OpenAsync(context, "/search/?q=" + Uri.EscapeDataString(spelling));
            var links = visit.Page.Locator("#search-results h2 a");
            await Assertions.Expect(links.First).ToBeVisibleAsync();
            await visit.SearchResultsFilledAsync();
            results.Add(await PageVisit.HrefsAsync(links));
        }

        Assert.Equal(results[1], results[0]);
    }

    [ChromiumFact]
    public async Task A_word_found_nowhere_says_so()
    {
        await using var context = await site.NewContextAsync(390);
        var visit = await PageVisit.OpenAsync(context, "/search/?q=zzqxv");

        await Assertions.Expect(visit.Page.Locator("#search-status")).ToContainTextAsync("Nothing matches");
        Assert.Equal(0, await visit.Page.Locator("#search-results li").CountAsync());
    }

    [ChromiumFact]
    public async Task Without_javascript_the_search_page_says_what_to_do_and_links_the_lists()
    {
        await using var context = await site.NewContextAsync(390, javaScript: false);
        var visit = await PageVisit.OpenAsync(context, "/search/");

        // Playwright's text matching skips <noscript>, so the advice is found by CSS and read with textContent.
        var advice = visit.Page.Locator("main noscript .notice");
        await Assertions.Expect(advice).ToBeVisibleAsync();
        Assert.Contains("needs JavaScript", await advice.TextContentAsync(), StringComparison.Ordinal);
        await Assertions.Expect(advice.Locator("a[href='/briefings/']")).ToBeVisibleAsync();
        await Assertions.Expect(visit.Page.Locator("#search-form")).ToBeHiddenAsync();
        await visit.ScreenshotAsync("390-search-without-javascript");
    }

    [ChromiumFact]
    public async Task Filters_by_kind_and_tag_list_exactly_those_documents_newest_first_and_oldest_first_reverses_them()
    {
        var expected = site.Build.Site!.Events.Where(e => e.FrontMatter.Tags.Any(t => Slug.From(t) == "aviation")).Select(e => e.Url).ToHashSet();
        await using var context = await site.NewContextAsync(1280);
        var visit = await PageVisit.OpenAsync(context, "/search/?kind=event&tag=aviation");
        var links = visit.Page.Locator("#search-results h2 a");
        await Assertions.Expect(links).ToHaveCountAsync(expected.Count);
        var newest = await PageVisit.HrefsAsync(links);

        await visit.Page.GetByLabel("Order").SelectOptionAsync("oldest");
        await Assertions.Expect(links.First).ToHaveAttributeAsync("href", newest[^1]);
        await visit.SearchResultsFilledAsync();
        var oldest = await PageVisit.HrefsAsync(links);

        Assert.Equal(expected.Order(StringComparer.Ordinal), newest.Order(StringComparer.Ordinal));
        Assert.Equal(newest.Reverse(), oldest);
        Assert.Equal("event", await visit.Page.GetByLabel("Kind").InputValueAsync());
        Assert.Contains("sort=oldest", visit.Page.Url, StringComparison.Ordinal);
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    [ChromiumFact]
    public async Task Choosing_an_actor_keeps_only_the_events_that_country_acts_in()
    {
        var expected = site.Build.Site!.Events.Count(e => e.Actor1.Country == "AZE" || e.Actor2.Country == "AZE");
        await using var context = await site.NewContextAsync(390);
        var visit = await PageVisit.OpenAsync(context, "/search/");

        await visit.Page.GetByLabel("Actor").SelectOptionAsync("aze");

        await Assertions.Expect(visit.Page.Locator("#search-status")).ToHaveTextAsync($"{expected} results for the filters chosen.");
        await Assertions.Expect(visit.Page.Locator("#search-results li")).ToHaveCountAsync(Math.Min(expected, 10));
        Assert.All(await visit.Page.Locator("#search-results .meta").AllTextContentsAsync(), meta => Assert.StartsWith("Event", meta, StringComparison.Ordinal));
        await visit.ScreenshotAsync("390-search-filtered-by-actor");
    }

    /// <summary>The longest word of the briefing's body that is in no title, summary or tag and in no other briefing.</summary>
    private string BodyOnlyWord(BriefingDocument briefing)
    {
        var front = briefing.Latest.FrontMatter;
        var elsewhere = site.Build.Site!.Briefings.Where(b => b != briefing).Select(b => HtmlText.Of(b.Latest.Content.Html))
            .Append(front.Title).Append(front.Summary).Concat(front.Tags)
            .SelectMany(t => Word().Matches(t.ToLowerInvariant()).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        return Word().Matches(HtmlText.Of(briefing.Latest.Content.Html).ToLowerInvariant())
            .Select(m => m.Value)
            .Where(w => !elsewhere.Contains(w))
            .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .First();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
