using Briefing.Core.Content.Yaml;
using Briefing.Core.Content;
using Briefing.Core.Text;

namespace Briefing.Core.Events;

/// <summary>Reads and checks an event's front matter field by field, reporting every problem it finds.</summary>
internal static class EventFrontMatterParser
{
    public static EventFrontMatter? Parse(YamlMap map, CameoTable cameo)
    {
        var title = map.Text("title", required: true);
        var date = ParseDate(map);
        var location = map.Text("location", required: true);
        var actor1 = ParseActor(map, "actor1");
        var actor2 = ParseActor(map, "actor2");
        var code = ParseCameo(map, cameo);
        var (goldstein, reason, goldsteinOk) = ParseGoldstein(map);
        var fatalities = map.WholeNumber("fatalities", min: 0);
        var injured = map.WholeNumber("injured", min: 0);
        var sources = map.MapList("sources", required: true).Select(EventCitation.Parse).ToList();
        var tags = FrontMatterRules.Tags(map);
        var summary = map.Text("summary", required: true);
        var recorded = map.Date("recorded");
        var hadRecorded = map.Has("recorded");
        var current = new EventChangeParser.Current(date, actor1, actor2, code, goldstein, HasOverride: map.Has("goldstein"));
        var changes = EventChangeParser.Parse(map, current, recorded, cameo);
        var extra = map.Extra();
        map.ReportUnknownFields();
        if (title is null || date is null || location is null || actor1 is null || actor2 is null || code is null
            || !goldsteinOk || summary is null || sources.Count == 0 || sources.Any(s => s is null)
            || (hadRecorded && recorded is null) || changes is null)
        {
            return null;
        }
        return new EventFrontMatter
        {
            Title = title,
            Date = date,
            Location = location,
            Actor1 = actor1,
            Actor2 = actor2,
            Cameo = code,
            Goldstein = goldstein,
            GoldsteinReason = reason,
            Fatalities = fatalities,
            Injured = injured,
            Sources = sources.OfType<EventCitation>().ToList(),
            Tags = tags,
            Summary = summary,
            Recorded = recorded,
            Changes = changes,
            Extra = extra,
        };
    }

    internal static EventDate? ParseDate(YamlMap map, bool required = true)
    {
        var text = map.Text("date", required);
        if (text is null)
        {
            return null;
        }
        var date = EventDate.Parse(text, out var error);
        if (date is null)
        {
            map.Error("date", error!);
        }
        return date;
    }

    internal static Actor? ParseActor(YamlMap map, string key, bool required = true)
    {
        var text = map.Text(key, required);
        if (text is null)
        {
            return null;
        }
        var actor = Actor.Parse(text, out var error);
        if (actor is null)
        {
            map.Error(key, error!);
        }
        return actor;
    }

    internal static string? ParseCameo(YamlMap map, CameoTable cameo, bool required = true)
    {
        var code = map.QuotedText("cameo", required);
        if (code is null)
        {
            return null;
        }
        if (cameo.Find(code) is null)
        {
            var hint = code.Length > 0 && AsciiText.AllDigits(code) && cameo.Find("0" + code) is { } padded
                ? $"; did you mean \"{padded.Code}\" ({padded.Description})?"
                : "; see the CAMEO codebook or Events/Data/cameo.tsv";
            map.Error("cameo", $"\"{code}\" is not a CAMEO event code{hint}");
            return null;
        }
        return code;
    }

    private static (decimal? Value, string? Reason, bool Ok) ParseGoldstein(YamlMap map)
    {
        var hadValue = map.Has("goldstein");
        var value = map.Number("goldstein");
        var reason = map.Text("goldstein_reason");
        if (hadValue && value is null)
        {
            return (null, reason, false);
        }
        if (value is < -10m or > 10m)
        {
            map.Error("goldstein", $"{value} is outside the Goldstein scale, which runs from -10 to +10");
            return (null, reason, false);
        }
        if (value is { } tenths && decimal.Truncate(tenths * 10m) != tenths * 10m)
        {
            // The tension index works in g = 10 × Goldstein, a whole number; the scale is given to tenths.
            map.Error("goldstein", $"{value} has more than one decimal place; the Goldstein scale is given in tenths, like 3.5");
            return (null, reason, false);
        }
        if (value is not null && string.IsNullOrWhiteSpace(reason))
        {
            map.Error("goldstein", "a goldstein override needs 'goldstein_reason:' saying why the CAMEO table's value does not fit");
            return (null, reason, false);
        }
        if (value is null && reason is not null)
        {
            map.Error("goldstein_reason", "'goldstein_reason' explains a 'goldstein' override, but there is none");
            return (null, reason, false);
        }
        return (value, reason, true);
    }
}
