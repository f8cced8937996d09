using System.Text.Json;
using Briefing.Core.Events;
using Briefing.Core.Tests.Publishing;

namespace Briefing.Core.Tests.Events;

public class EventStructuredDataTests
{
    private static JsonElement For(string slug)
    {
        var site = Published.Render().Site!;
        var record = site.Events.Single(e => e.Slug == slug);
        return JsonDocument.Parse(EventStructuredData.For(record, "https://news.example.org" + record.Url, "Fixture Weekly")).RootElement.Clone();
    }

    [Fact]
    public void An_event_is_a_schema_org_event_with_its_day_and_place()
    {
        var json = For("pipeline-protest");

        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("Protest at the Quillmoor compressor station", json.GetProperty("name").GetString());
        Assert.Equal("2025-02-14", json.GetProperty("startDate").GetString());
        Assert.Equal("Quillmoor", json.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("https://news.example.org/events/pipeline-protest/", json.GetProperty("url").GetString());
        Assert.Equal("energy", json.GetProperty("keywords").GetString());
    }

    [Fact]
    public void An_event_known_only_by_its_month_gets_a_month_start_date_not_an_invented_day()
    {
        Assert.Equal("2025-04", For("ceasefire-talks").GetProperty("startDate").GetString());
    }

    [Fact]
    public void Text_that_could_close_the_script_element_is_escaped()
    {
        var record = Published.Render().Site!.Events[0];
        var hostile = record with { Source = record.Source with { FrontMatter = record.FrontMatter with { Title = "</script><script>alert(1)</script>" } } };

        var text = EventStructuredData.For(hostile, "https://x.org/", "P");

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", text, StringComparison.OrdinalIgnoreCase);
    }
}
