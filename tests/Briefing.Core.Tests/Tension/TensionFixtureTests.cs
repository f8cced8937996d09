using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefing.Core.Build;
using Briefing.Testing;

namespace Briefing.Core.Tests.Tension;

/// <summary>
/// The built index of <c>tests/fixtures/05-tension</c> against values worked out by hand
/// (g = 10 × Goldstein; month k weighs 2^k; the AZE–ARM treaty is not counted):
/// <code>
/// month   k  counted g                       N                          D            S                 T                  trend
/// 2024-11 0  −50 (sanctions, month only)     −50                        1            −5.0              75.0               (first)
/// 2024-12 1  +40 talks, −100 clash           −50 + 2×(−60) = −170       1 + 2×2 = 5  −3.4              67.0               improved (−8.0)
/// 2025-01 2  none                            −170                       5            −3.4              67.0               unchanged, no new events
/// 2025-02 3  +35 apology (override 3.5)      −170 + 8×35 = 110          5 + 8 = 13   0.846… → 0.8      45.769… → 45.8     improved (−21.2)
/// 2025-03 4  −100 air strike, −20 press      110 + 16×(−120) = −1810    13 + 32 = 45 −4.022… → −4.0    70.111… → 70.1     deteriorated (+24.3)
/// </code>
/// Vintages: every event was recorded on 1 April 2025 except the press criticism, recorded late on 10 April; that
/// day the air strike was corrected from CAMEO 180 (g = −90) to 195 (−100). As first published, March was
/// N = 110 + 16×(−90) = −1330, D = 29, T = 50 + 1330/58 = 72.93… → 72.9 (deteriorated, +27.1). On 10 April,
/// step 1 (the correction): N = 110 + 16×(−100) = −1490, T = 50 + 1490/58 = 75.68… → 75.7; step 2 (the late event):
/// today's −1810 / 45, 70.1. No other month moves.
/// </summary>
public sealed class TensionFixtureTests
{
    private static readonly Lazy<BuildResult> Fixture = new(() => SiteBuilds.Render(RepoPaths.Fixture("05-tension")));

    private static BuildResult Built
    {
        get
        {
            Assert.True(Fixture.Value.Succeeded, string.Join("\n", Fixture.Value.Diagnostics));
            return Fixture.Value;
        }
    }

    [Fact]
    public void Index_json_has_the_hand_computed_numbers()
    {
        using var json = JsonDocument.Parse(Built.Text("tension/index.json"));
        var months = json.RootElement.GetProperty("months").EnumerateArray()
            .Select(m => string.Join(" ",
                m.GetProperty("month").GetString(),
                m.GetProperty("N").GetString(),
                m.GetProperty("D").GetString(),
                m.GetProperty("S").GetRawText(),
                m.GetProperty("T").GetRawText(),
                m.GetProperty("trend").ValueKind == JsonValueKind.Null ? "-" : m.GetProperty("trend").GetString(),
                m.GetProperty("no_new_events").GetBoolean() ? "quiet" : "new",
                m.GetProperty("event_count").GetInt32()))
            .ToList();

        Assert.Equal(
            [
                "2024-11 -50 1 -5.0 75.0 - new 1",
                "2024-12 -170 5 -3.4 67.0 improved new 2",
                "2025-01 -170 5 -3.4 67.0 unchanged quiet 0",
                "2025-02 110 13 0.8 45.8 improved new 1",
                "2025-03 -1810 45 -4.0 70.1 deteriorated new 2",
            ],
            months);
        Assert.Equal(["AZE", "RUS"], json.RootElement.GetProperty("dyad").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void Index_json_lists_each_months_counted_events_and_leaves_out_the_third_country()
    {
        using var json = JsonDocument.Parse(Built.Text("tension/index.json"));
        var events = json.RootElement.GetProperty("months").EnumerateArray()
            .Select(m => string.Join(",", m.GetProperty("events").EnumerateArray().Select(e => e.GetString())))
            .ToList();

        Assert.Equal(
            [
                "/events/sanctions-announced/",
                "/events/talks-proposed/,/events/border-clash/",
                "",
                "/events/partial-apology/",
                "/events/press-criticism/,/events/air-strike/",
            ],
            events);
    }

    [Fact]
    public void Index_csv_carries_the_same_numbers()
    {
        const string expected =
            "month,k,event_count,sum_g,N,D,S,T,no_new_events,trend\n"
            + "2024-11,0,1,-50,-50,1,-5.0,75.0,false,\n"
            + "2024-12,1,2,-60,-170,5,-3.4,67.0,false,improved\n"
            + "2025-01,2,0,0,-170,5,-3.4,67.0,true,unchanged\n"
            + "2025-02,3,1,35,110,13,0.8,45.8,false,improved\n"
            + "2025-03,4,2,-120,-1810,45,-4.0,70.1,false,deteriorated\n";

        Assert.Equal(expected, Built.Text("tension/index.csv"));
    }

    [Fact]
    public void Table_has_a_row_per_month_with_arrows_in_words_and_events_linked()
    {
        var page = new HtmlParser().ParseDocument(Built.Text("tension/index.html"));
        var rows = page.QuerySelectorAll("table.tension-table tbody tr")
            .Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim())))
            .ToList();

        Assert.Equal(
            [
                "November 2024 | 75.0 | \u22125.0 | \u2014 first month | Sanctions announced",
                "December 2024 | 67.0 | \u22123.4 | \u2193 improved | Talks proposedBorder clash",
                "January 2025 | 67.0 | \u22123.4 | \u2192 unchanged | No new events",
                "February 2025 | 45.8 | 0.8 | \u2193 improved | Partial apology",
                "March 2025 | 70.1 | \u22124.0 | \u2191 deteriorated | Press criticismAir strike",
            ],
            rows);
        Assert.Equal("/events/border-clash/", page.QuerySelectorAll("table.tension-table tbody tr")[1].QuerySelectorAll("a")[1].GetAttribute("href"));
    }

    [Fact]
    public void Revisions_csv_lists_each_step_that_moved_march_with_its_cause()
    {
        const string expected =
            "month,revised_on,step,T_before,T_after,trend_before,trend_after,cause,change_type,event,event_url,note\r\n"
            + "2025-03,2025-04-10,1,72.9,75.7,deteriorated,deteriorated,change,correction,air-strike,/events/air-strike/,"
            + "\"The strike was first coded as unconventional violence (180, −9.0); the reports describe an attack from the air, so it is now coded as aerial weapons (195, −10.0).\"\r\n"
            + "2025-03,2025-04-10,2,75.7,70.1,deteriorated,deteriorated,recorded_late,,press-criticism,/events/press-criticism/,\r\n";

        Assert.Equal(expected, Built.Text("tension/revisions.csv"));
    }

    [Fact]
    public void Index_json_carries_the_revisions_with_the_same_numbers()
    {
        using var json = JsonDocument.Parse(Built.Text("tension/index.json"));
        var revisions = json.RootElement.GetProperty("revisions").EnumerateArray()
            .Select(r => string.Join(" ",
                r.GetProperty("month").GetString(),
                r.GetProperty("revised_on").GetString(),
                r.GetProperty("step").GetInt32(),
                r.GetProperty("T_before").GetRawText(),
                r.GetProperty("T_after").GetRawText(),
                r.GetProperty("cause").GetString(),
                r.GetProperty("change_type").ValueKind == JsonValueKind.Null ? "-" : r.GetProperty("change_type").GetString(),
                r.GetProperty("event").GetString()))
            .ToList();

        Assert.Equal(["2025-03 2025-04-10 1 72.9 75.7 change correction air-strike", "2025-03 2025-04-10 2 75.7 70.1 recorded_late - press-criticism"], revisions);
    }

    [Fact]
    public void Tension_page_lists_each_revised_month_as_first_published_and_each_step_with_its_reason()
    {
        var page = new HtmlParser().ParseDocument(Built.Text("tension/index.html"));
        var section = page.QuerySelector("section.tension-revisions")!;

        Assert.Equal("March 2025", section.QuerySelector("h3")!.TextContent);
        Assert.Equal("First published at 72.9 (deteriorated) on 1 April 2025.", section.QuerySelector("h3 + p")!.TextContent);
        Assert.Equal(
            [
                "10 April 2025, step 1: 72.9 → 75.7 (↑ deteriorated). Correction to Air strike: The strike was first coded as unconventional violence (180, −9.0); the reports describe an attack from the air, so it is now coded as aerial weapons (195, −10.0).",
                "10 April 2025, step 2: 75.7 → 70.1 (↑ deteriorated). Recorded late: Press criticism.",
            ],
            section.QuerySelectorAll("ol.revisions li").Select(li => li.TextContent));
        Assert.Equal(["/tension/revisions.csv", "/events/air-strike/#changes", "/events/press-criticism/"], section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Chart_is_labelled_by_its_own_title_and_description()
    {
        var page = new HtmlParser().ParseDocument(Built.Text("tension/index.html"));
        var svg = page.QuerySelector("svg.tension-chart")!;

        Assert.Equal("img", svg.GetAttribute("role"));
        var ids = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal(["title", "desc"], ids.Select(id => page.GetElementById(id)!.LocalName));
        Assert.Contains("from November 2024 to March 2025", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, svg.QuerySelectorAll("circle").Length);
        Assert.Single(svg.QuerySelectorAll("circle.carried"));
    }

    [Fact]
    public void Tension_page_links_the_downloads_and_the_methodology()
    {
        var page = new HtmlParser().ParseDocument(Built.Text("tension/index.html"));
        var links = page.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/tension/index.csv", "/tension/index.json", "/methodology/"], links);
    }

    [Fact]
    public void Home_page_shows_the_latest_value_and_trend_with_a_sparkline()
    {
        var page = new HtmlParser().ParseDocument(Built.Text("index.html"));
        var box = page.QuerySelector(".tension-now")!;

        Assert.Equal("70.1", box.QuerySelector(".tension-value")!.TextContent);
        Assert.Equal("\u2191 deteriorated", box.QuerySelector(".trend")!.TextContent);
        Assert.Equal("2025-03", box.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.NotNull(box.QuerySelector("svg.sparkline[role=img] title"));
    }

    [Fact]
    public void Nav_links_the_tension_index()
    {
        var page = new HtmlParser().ParseDocument(Built.Text("tension/index.html"));

        var current = page.QuerySelector("nav a[aria-current=page]")!;
        Assert.Equal(("Tension index", "/tension/"), (current.TextContent, current.GetAttribute("href")));
    }

    [Fact]
    public void Pages_with_the_chart_carry_no_inline_styles()
    {
        foreach (var path in new[] { "tension/index.html", "index.html" })
        {
            var page = new HtmlParser().ParseDocument(Built.Text(path));

            Assert.Empty(page.QuerySelectorAll("[style], style"));
        }
    }

    [Fact]
    public void A_site_without_a_tension_section_has_no_index_pages_or_link()
    {
        var minimal = SiteBuilds.Render(RepoPaths.Fixture("01-minimal"));

        Assert.True(minimal.Succeeded, string.Join("\n", minimal.Diagnostics));
        Assert.DoesNotContain(minimal.Files, f => f.Path.StartsWith("tension/", StringComparison.Ordinal));
        Assert.DoesNotContain("/tension/", minimal.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fixture_tension_page() => Snapshot.Match(Built.Text("tension/index.html"));
}
