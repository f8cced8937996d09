using Briefing.Core.Content.Yaml;

namespace Briefing.Core.Briefings;

/// <summary>The kinds of change a new version can make, as newsrooms label them.</summary>
public enum ChangeType
{
    /// <summary>Something published was wrong and is now put right.</summary>
    Correction,

    /// <summary>New information was added; nothing before was wrong.</summary>
    Update,

    /// <summary>Wording was made clearer without changing the facts.</summary>
    Clarification,
}

/// <summary>One entry of a version's <c>changes:</c> list.</summary>
/// <param name="Type">What kind of change: <c>correction</c>, <c>update</c> or <c>clarification</c>.</param>
/// <param name="Text">What changed, in a sentence readers will see beside the version.</param>
public sealed record ChangeNote(ChangeType Type, string Text)
{
    /// <summary>The label shown to readers: "Correction", "Update" or "Clarification".</summary>
    public string Label => Type.ToString();

    internal static ChangeNote? Parse(YamlMap map)
    {
        var type = ParseType(map);
        var text = map.Text("text", required: true);
        map.ReportUnknownFields();
        return type is null || text is null ? null : new ChangeNote(type.Value, text);
    }

    /// <summary>The required <c>type:</c> of a change note, briefing's or event's; null (reported) when missing or unknown.</summary>
    internal static ChangeType? ParseType(YamlMap map)
    {
        var typeText = map.Text("type", required: true);
        ChangeType? type = typeText switch
        {
            null => null,
            "correction" => ChangeType.Correction,
            "update" => ChangeType.Update,
            "clarification" => ChangeType.Clarification,
            _ => null,
        };
        if (typeText is not null && type is null)
        {
            map.Error("type", $"'{typeText}' is not a change type; use correction, update or clarification");
        }
        return type;
    }
}
