using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Briefing.Core.Build;
using Briefing.Core.Events;
using Briefing.Core.Tests.Schemas;
using Briefing.Testing;

namespace Briefing.Core.Tests.Events;

/// <summary>
/// <c>/events/events.csv</c> and <c>events.json</c> hold one row per event page, with the columns the codebook
/// documents, in a fixed order; the CSV follows RFC 4180 and the JSON its committed schema.
/// </summary>
public sealed class EventDatasetTests
{
    private static readonly Lazy<BuildResult> Real = new(() => SiteBuilds.Render(RepoPaths.Input));

    private static readonly Lazy<BuildResult> Fixture = new(() => SiteBuilds.Render(RepoPaths.Fixture("04-events")));

    private static BuildResult Built(Lazy<BuildResult> site)
    {
        Assert.True(site.Value.Succeeded, string.Join("\n", site.Value.Diagnostics));
        return site.Value;
    }

    private static IReadOnlyList<string> EventPagePaths(BuildResult site) =>
        site.Files.Select(f => f.Path)
            .Where(p => p.StartsWith("events/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal) && p.Count(c => c == '/') == 2)
            .Where(p => p != "events/codebook/index.html" && !IsYear(p.Split('/')[1]))
            .ToList();

    private static bool IsYear(string segment) => segment.Length == 4 && segment.All(char.IsAsciiDigit);

    [Fact]
    public void Csv_has_the_codebook_columns_as_its_header_and_one_row_per_event_page_in_timeline_order()
    {
        var site = Built(Real);
        var rows = ReadCsv(site.Text("events/events.csv"));

        Assert.Equal(EventDatasetColumns.All.Select(c => c.Name), rows[0]);
        var ids = rows.Skip(1).Select(r => r[0]).ToList();
        Assert.Equal(EventPagePaths(site).Select(p => p.Split('/')[1]).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(site.Site!.Events.Select(e => e.Slug), ids);
        Assert.All(rows, r => Assert.Equal(EventDatasetColumns.All.Count, r.Count));
    }

    [Fact]
    public void Each_csv_row_says_what_its_event_page_says()
    {
        var site = Built(Real);
        var rows = ReadCsv(site.Text("events/events.csv"));
        var column = EventDatasetColumns.All.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i);

        foreach (var row in rows.Skip(1))
        {
            var page = new HtmlParser().ParseDocument(site.Text($"events/{row[column["id"]]}/index.html"));
            Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), row[column["url"]]);
            Assert.Equal(page.QuerySelector("h1")!.TextContent, row[column["title"]]);
            Assert.Equal(page.QuerySelector("header time")!.GetAttribute("datetime"), row[column["date"]]);
            Assert.Equal(page.QuerySelector(".standfirst")!.TextContent, row[column["summary"]]);
            var facts = page.QuerySelector("dl.facts")!.TextContent;
            Assert.Contains(row[column["location"]], facts, StringComparison.Ordinal);
            Assert.Contains($"CAMEO {row[column["cameo"]]}: {row[column["cameo_label"]]}", facts, StringComparison.Ordinal);
            Assert.Equal(page.QuerySelectorAll("ol.sources li").Length, row[column["sources"]].Split(EventDatasetColumns.ListSeparator).Length);
            Assert.Equal(page.QuerySelectorAll("aside#changes p").Length, row[column["changes"]].Length == 0 ? 0 : row[column["changes"]].Split(EventDatasetColumns.ListSeparator).Length);
        }
    }

    [Fact]
    public void Json_has_the_same_rows_with_the_columns_as_keys_in_order_and_meets_its_committed_schema()
    {
        var site = Built(Real);
        var json = JsonNode.Parse(site.Text("events/events.json"))!;
        var events = json["events"]!.AsArray();

        Assert.Equal(site.Site!.Events.Count, json["count"]!.GetValue<int>());
        Assert.Equal(site.Site!.Events.Select(e => e.Slug), events.Select(e => e!["id"]!.GetValue<string>()));
        Assert.All(events, e => Assert.Equal(EventDatasetColumns.All.Select(c => c.Name), e!.AsObject().Select(p => p.Key)));
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", EventDatasetSchema.FileName)))!;
        Assert.Empty(MiniJsonSchema.Validate(schema, json));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", EventDatasetSchema.FileName)).Replace("\r\n", "\n", StringComparison.Ordinal), site.Text("events/events-dataset.schema.json"));
    }

    [Fact]
    public void Fixture_rows_carry_overrides_with_their_reason_and_changes_in_short_form()
    {
        var rows = ReadCsv(Built(Fixture).Text("events/events.csv"));
        var byId = rows.Skip(1).ToDictionary(r => r[0]);
        string Cell(string id, string name) => byId[id][EventDatasetColumns.All.ToList().FindIndex(c => c.Name == name)];

        Assert.Equal(("month", "4.0", "override", "7.0"), (Cell("talks-resume", "date_precision"), Cell("talks-resume", "goldstein"), Cell("talks-resume", "goldstein_origin"), Cell("talks-resume", "goldstein_table")));
        Assert.StartsWith("The talks were exploratory", Cell("talks-resume", "goldstein_reason"), StringComparison.Ordinal);
        Assert.Equal(("-10.0", "table", "", "1", "3"), (Cell("patrol-boats-exchange-fire", "goldstein"), Cell("patrol-boats-exchange-fire", "goldstein_origin"), Cell("patrol-boats-exchange-fire", "goldstein_reason"), Cell("patrol-boats-exchange-fire", "fatalities"), Cell("patrol-boats-exchange-fire", "injured")));
        Assert.Equal("correction 2025-03-01 (was date=2025-01-14) | clarification 2025-03-02", Cell("patrol-boats-exchange-fire", "changes"));
        Assert.Equal("security | Border incidents", Cell("patrol-boats-exchange-fire", "tags"));
        Assert.Equal(("RUS:MIL", "RUS", "MIL", "AZE:MIL", "AZE", "MIL"), (Cell("patrol-boats-exchange-fire", "actor1"), Cell("patrol-boats-exchange-fire", "actor1_country"), Cell("patrol-boats-exchange-fire", "actor1_role"), Cell("patrol-boats-exchange-fire", "actor2"), Cell("patrol-boats-exchange-fire", "actor2_country"), Cell("patrol-boats-exchange-fire", "actor2_role")));
    }

    [Fact]
    public void Fixture_json_keeps_the_change_text_and_its_earlier_values()
    {
        var json = JsonNode.Parse(Built(Fixture).Text("events/events.json"))!;
        var patrol = json["events"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == "patrol-boats-exchange-fire")!;
        var changes = patrol["changes"]!.AsArray();

        Assert.Equal(["correction", "clarification"], changes.Select(c => c!["type"]!.GetValue<string>()));
        Assert.Equal("{\"date\":\"2025-01-14\"}", changes[0]!["was"]!.ToJsonString());
        Assert.Null(changes[1]!["was"]);
        Assert.StartsWith("This event was dated 14 January", changes[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_is_rfc_4180_crlf_with_quoted_cells_and_the_same_bytes_in_any_culture()
    {
        var text = Built(Fixture).Text("events/events.csv");
        var previous = CultureInfo.CurrentCulture;
        string again;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            again = SiteBuilds.Render(RepoPaths.Fixture("04-events")).Text("events/events.csv");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(text, again);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(",A river crossing (fictional),", text, StringComparison.Ordinal);
        Assert.Contains(",\"Baku, Azerbaijan\",", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Codebook_documents_every_column_and_the_timeline_links_it_and_both_files()
    {
        var site = Built(Real);
        var codebook = new HtmlParser().ParseDocument(site.Text("events/codebook/index.html"));
        var timeline = new HtmlParser().ParseDocument(site.Text("events/index.html"));

        Assert.Equal(EventDatasetColumns.All.Select(c => c.Name), codebook.QuerySelectorAll("table tbody tr td:first-child code").Select(c => c.TextContent));
        Assert.Equal(["/events/events.csv", "/events/events.json", "/events/codebook/"], timeline.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void An_event_may_not_take_the_codebook_s_address()
    {
        using var input = new EventInput().Event("2025-06-27-codebook.md", EventInput.ValidFrontMatter);

        var error = Assert.Single(input.Errors());
        Assert.Equal("input/events/2025-06-27-codebook.md", error.File);
        Assert.Contains("codebook page", error.Message, StringComparison.Ordinal);
    }

    // RFC 4180: records end with CRLF; a quoted cell may hold commas, CRLF and doubled quotes.
    private static List<List<string>> ReadCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { record.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(cell.ToString());
                cell.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else { cell.Append(c); }
        }
        Assert.Equal(0, cell.Length + record.Count);
        return records;
    }
}
