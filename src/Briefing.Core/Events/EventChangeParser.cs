using System.Globalization;
using Briefing.Core.Briefings;
using Briefing.Core.Content.Yaml;

namespace Briefing.Core.Events;

/// <summary>
/// Reads an event's <c>changes:</c> and checks each <c>was:</c> against the event: it may only name fields
/// the index uses and the event has, and each earlier value must differ from the value the change gave it.
/// </summary>
internal static class EventChangeParser
{
    /// <summary>The event's own values (null where they failed to parse), which the <c>was:</c> values must differ from.</summary>
    public sealed record Current(EventDate? Date, Actor? Actor1, Actor? Actor2, string? Cameo, decimal? Goldstein, bool HasOverride);

    private static readonly string[] WasFields = ["date", "cameo", "goldstein", "actor1", "actor2"];

    /// <summary>The changes, oldest first (a stable sort: changes of one day keep their order); null when any has a problem.</summary>
    public static IReadOnlyList<EventChange>? Parse(YamlMap map, Current current, DateOnly? recorded, CameoTable cameo)
    {
        var entries = map.MapList("changes").Select(entry => (Map: entry, Change: ParseOne(entry, current, recorded, cameo))).ToList();
        if (entries.Any(e => e.Change is null))
        {
            return null;
        }
        var sorted = entries.OrderBy(e => e.Change!.Date).ToList();
        var ok = true;
        for (var i = 0; i < sorted.Count; i++)
        {
            ok &= CheckEachDiffers(sorted[i].Map.Map("was"), sorted[i].Change!.Was, sorted.Skip(i + 1).Select(e => e.Change!.Was), current);
        }
        return ok ? sorted.Select(e => e.Change!).ToList() : null;
    }

    private static EventChange? ParseOne(YamlMap map, Current current, DateOnly? recorded, CameoTable cameo)
    {
        var type = ChangeNote.ParseType(map);
        var date = map.Date("date", required: true);
        var text = map.Text("text", required: true);
        var wasMap = map.Map("was");
        var emptyWas = wasMap is not null && wasMap.KeyPositions().Count == 0;
        if (emptyWas)
        {
            map.Error("was", "must give at least one earlier value; leave 'was:' out when the change did not touch date, cameo, goldstein, actor1 or actor2");
        }
        var was = wasMap is null || emptyWas ? null : ParseWas(wasMap, current, cameo);
        map.ReportUnknownFields();
        if (date is { } day && recorded is { } entered && day < entered)
        {
            map.Error("date", string.Create(CultureInfo.InvariantCulture,
                $"{day:yyyy-MM-dd} is before the event entered the record ('recorded: {entered:yyyy-MM-dd}'); a change is made to what was published, so it cannot come first"));
            return null;
        }
        if (type is null || date is null || text is null || (wasMap is not null && was is null))
        {
            return null;
        }
        return new EventChange { Type = type.Value, Date = date.Value, Text = text, Was = was, Line = map.Line, DateLine = map.LineOf("date") };
    }

    private static EventWas? ParseWas(YamlMap map, Current current, CameoTable cameo)
    {
        var positions = map.KeyPositions();
        var ok = true;
        foreach (var key in positions.Keys.Where(k => !WasFields.Contains(k, StringComparer.Ordinal)))
        {
            map.Error(key, $"'was:' keeps the earlier values only of {string.Join(", ", WasFields)}, the fields the tension index uses; the event has no such field as '{key}' to record, so say what else changed in 'text:'");
            ok = false;
        }
        if (map.Has("goldstein") && !current.HasOverride)
        {
            map.Error("goldstein", "the event has no 'goldstein' override now, so there is no earlier override to record; an earlier code's value is recorded by giving the earlier 'cameo'");
            ok = false;
        }
        var was = new EventWas
        {
            Date = map.Has("date") ? EventFrontMatterParser.ParseDate(map, required: false) : null,
            Cameo = map.Has("cameo") ? EventFrontMatterParser.ParseCameo(map, cameo, required: false) : null,
            Goldstein = ok && map.Has("goldstein") ? ParseGoldstein(map) : null,
            Actor1 = map.Has("actor1") ? EventFrontMatterParser.ParseActor(map, "actor1", required: false) : null,
            Actor2 = map.Has("actor2") ? EventFrontMatterParser.ParseActor(map, "actor2", required: false) : null,
        };
        // A field that is present but did not parse has been reported; the change is then not usable.
        return ok && was.Fields.Count() == positions.Count ? was : null;
    }

    private static decimal? ParseGoldstein(YamlMap map)
    {
        var value = map.Number("goldstein");
        if (value is < -10m or > 10m || (value is { } v && decimal.Truncate(v * 10m) != v * 10m))
        {
            map.Error("goldstein", $"{value} is not a Goldstein value: the scale runs from -10 to +10 in tenths");
            return null;
        }
        return value;
    }

    // Each earlier value must differ from the value the change gave the field: the next change's 'was:' for it, else today's.
    private static bool CheckEachDiffers(YamlMap? map, EventWas? was, IEnumerable<EventWas?> later, Current current)
    {
        if (map is null || was is null)
        {
            return true;
        }
        var laterWas = later.OfType<EventWas>().ToList();
        var ok = true;
        ok &= Differs(map, "date", was.Date, laterWas.Select(w => w.Date).FirstOrDefault(v => v is not null) ?? current.Date);
        ok &= Differs(map, "cameo", was.Cameo, laterWas.Select(w => w.Cameo).FirstOrDefault(v => v is not null) ?? current.Cameo);
        ok &= Differs(map, "goldstein", was.Goldstein, laterWas.Select(w => w.Goldstein).FirstOrDefault(v => v is not null) ?? current.Goldstein);
        ok &= Differs(map, "actor1", was.Actor1, laterWas.Select(w => w.Actor1).FirstOrDefault(v => v is not null) ?? current.Actor1);
        ok &= Differs(map, "actor2", was.Actor2, laterWas.Select(w => w.Actor2).FirstOrDefault(v => v is not null) ?? current.Actor2);
        return ok;
    }

    private static bool Differs<T>(YamlMap map, string key, T? earlier, T? after)
    {
        if (earlier is null || after is null || !Equals(earlier, after))
        {
            return true;
        }
        map.Error(key, $"the earlier value is {Show(earlier)}, the same as the value the change gave '{key}'; 'was:' records a value the change replaced, so give the value as published before it, or leave '{key}' out");
        return false;
    }

    private static string Show(object value) => value switch
    {
        Actor actor => actor.Code,
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
