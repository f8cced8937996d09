using AngleSharp.Html.Parser;
using Briefing.Core.Briefings;
using Briefing.Core.Build;
using Briefing.Core.Events;
using Briefing.Testing;

namespace Briefing.Core.Tests.Tension;

/// <summary>
/// The publication's own revisions (issue 14's "done when"), against values worked out by hand in
/// docs/audit/events-2026-11.md and checked step by step. Published on 2026-11-22, May 2025 ends at
/// N = −635648, D = 12033 and June (k = 14, weight 16384) holds the raid (−100), the summons (−20) and the Sputnik
/// arrests (−50): N = −635648 + 16384×(−170) = −3420928, D = 12033 + 16384×3 = 61185, T = 50 + 3420928/122370
/// = 77.95… → 78.0, unchanged. On 2026-11-30, step 1 (the summons redated to 1 July, a correction): June
/// N = −635648 + 16384×(−150) = −3093248, D = 44801, T = 84.52… → 84.5, deteriorated (+8.1 on May's 76.4).
/// Step 3 (Baku's protests, June, −20, recorded late): back to N = −3420928, D = 61185, 78.0.
/// </summary>
public sealed class RealRevisionsTests
{
    private static readonly Lazy<BuildResult> Site = new(() => SiteBuilds.Render(RepoPaths.Input));

    private static BuildResult Built
    {
        get
        {
            Assert.True(Site.Value.Succeeded, string.Join("\n", Site.Value.Diagnostics));
            return Site.Value;
        }
    }

    [Fact]
    public void The_ambassador_event_is_dated_1_july_through_a_correction_that_keeps_30_june_and_its_url()
    {
        var summons = Built.Site!.Events.Single(e => e.Slug == "russia-summons-azerbaijani-ambassador");

        Assert.Equal(("2025-07-01", "/events/russia-summons-azerbaijani-ambassador/"), (summons.Date.ToString(), summons.Url));
        var correction = Assert.Single(summons.Changes);
        Assert.Equal((ChangeType.Correction, "2025-06-30"), (correction.Type, correction.Was!.Date!.ToString()));
        Assert.Equal("input/events/2025-07-01-russia-summons-azerbaijani-ambassador.md", summons.Source.File.DisplayPath);
    }

    [Fact]
    public void Revisions_csv_lists_june_2025_moved_by_the_correction_and_back_by_the_late_protests()
    {
        var june = Built.Text("tension/revisions.csv").Split("\r\n")
            .Where(line => line.StartsWith("2025-06,", StringComparison.Ordinal))
            .Select(line => string.Join(",", line.Split(',').Take(10)))
            .ToList();

        Assert.Equal(
            [
                "2025-06,2026-11-30,1,78.0,84.5,unchanged,deteriorated,change,correction,russia-summons-azerbaijani-ambassador",
                "2025-06,2026-11-30,3,84.5,78.0,deteriorated,unchanged,recorded_late,,azerbaijan-protests-yekaterinburg-deaths",
            ],
            june);
    }

    [Fact]
    public void Tension_page_shows_june_2025_as_first_published_and_each_revision_with_its_reason()
    {
        var page = new HtmlParser().ParseDocument(Built.Text("tension/index.html"));
        var june = page.GetElementById("revisions-2025-06")!;
        var steps = june.NextElementSibling!.NextElementSibling!.QuerySelectorAll("li").Select(li => li.TextContent).ToList();

        Assert.Equal("First published at 78.0 (unchanged) on 22 November 2026.", june.NextElementSibling!.TextContent);
        Assert.Equal(2, steps.Count);
        Assert.StartsWith("30 November 2026, step 1: 78.0 → 84.5 (↑ deteriorated). Correction to Russia summons Azerbaijan's ambassador: This event was dated 30 June 2025", steps[0], StringComparison.Ordinal);
        Assert.Equal("30 November 2026, step 3: 84.5 → 78.0 (→ unchanged). Recorded late: Azerbaijan protests to Russia over the deaths in Yekaterinburg.", steps[1]);
    }
}
