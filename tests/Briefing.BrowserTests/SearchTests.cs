using System.Text.RegularExpressions;
using Briefing.Core.Briefings;
using Briefing.Core.Content;
using Briefing.Core.Pages;
using Briefing.Core.Site;
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
            Assert.Contains(briefing.Url, await results.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
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
