namespace Briefing.Core.Events;

/// <summary>The kind of value a dataset column holds, in CSV and in JSON.</summary>
public enum DatasetType
{
    /// <summary>Text; a JSON string.</summary>
    Text,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A number with one decimal.</summary>
    Number,

    /// <summary>Several texts: a JSON array, in CSV joined with <c> | </c>.</summary>
    TextList,

    /// <summary>The event's sources: JSON objects, in CSV their addresses joined with <c> | </c>.</summary>
    Sources,

    /// <summary>The event's changes: JSON objects, in CSV a short form of each joined with <c> | </c>.</summary>
    Changes,
}

/// <summary>One column of the events dataset: its name (the CSV header and the JSON key), its kind, whether it may be empty, and what it holds.</summary>
/// <param name="Name">The column's name, the same in CSV and JSON.</param>
/// <param name="Type">The kind of value.</param>
/// <param name="Optional">True when the column may be empty (JSON <c>null</c>).</param>
/// <param name="Description">What it holds, as the codebook says.</param>
/// <param name="Values">The values it takes, when it takes only a few.</param>
/// <param name="Pattern">A regular expression every value matches, for the JSON Schema.</param>
public sealed record DatasetColumn(string Name, DatasetType Type, bool Optional, string Description, IReadOnlyList<string>? Values = null, string? Pattern = null);

/// <summary>
/// The columns of <c>/events/events.csv</c> and <c>/events/events.json</c>, in their published order. They are
/// the one list the two files, the codebook page and the JSON Schema are made from; names and order are stable,
/// and a new column is added at the end.
/// </summary>
public static class EventDatasetColumns
{
    /// <summary>The join between the items of a list in one CSV cell.</summary>
    public const string ListSeparator = " | ";

    private static string RolePattern => $"^({string.Join('|', ActorRoles.Codes)})$";

    public static readonly IReadOnlyList<DatasetColumn> All =
    [
        new("id", DatasetType.Text, false, "The event's identifier: its slug, the part of its address after /events/. Unique and permanent; a correction never changes it.", Pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"),
        new("url", DatasetType.Text, false, "The address of the event's page, where its account, coding note and change notes are."),
        new("title", DatasetType.Text, false, "A short headline for the action."),
        new("date", DatasetType.Text, false, "When it happened: YYYY-MM-DD, or YYYY-MM when the sources give only the month (never an invented day).", Pattern: "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$"),
        new("date_precision", DatasetType.Text, false, "day or month: how precisely the sources date the event.", ["day", "month"]),
        new("recorded", DatasetType.Text, true, "The day the event entered the published record, YYYY-MM-DD (not the day it happened). With the changes' dates, it gives the index as it stood on any day.", Pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
        new("location", DatasetType.Text, false, "Where it happened, as readers would name it; what the sources give, and no more (\"Azerbaijan\" when they name no city)."),
        new("actor1", DatasetType.Text, false, "Who acted, as coded: an ISO 3166-1 alpha-3 country code, with a CAMEO role after a colon when one is given (RUS:MIL)."),
        new("actor1_country", DatasetType.Text, false, "The acting actor's country, ISO 3166-1 alpha-3.", Pattern: "^[A-Z]{3}$"),
        new("actor1_role", DatasetType.Text, true, "The acting actor's CAMEO role (GOV government, MIL military, COP police, JUD judiciary, MED media, BUS business, CVL civilians, SPY intelligence…); empty for the country as a whole.", Pattern: RolePattern),
        new("actor2", DatasetType.Text, false, "Who the action was aimed at, coded as actor1."),
        new("actor2_country", DatasetType.Text, false, "The target's country, ISO 3166-1 alpha-3.", Pattern: "^[A-Z]{3}$"),
        new("actor2_role", DatasetType.Text, true, "The target's CAMEO role; empty for the country as a whole.", Pattern: RolePattern),
        new("cameo", DatasetType.Text, false, "The CAMEO event code, as text so that leading zeros survive (\"055\").", Pattern: "^[0-9]{2,4}$"),
        new("cameo_label", DatasetType.Text, false, "The code's description in the CAMEO table (GDELT's CAMEO.eventcodes.txt)."),
        new("quad_class", DatasetType.WholeNumber, false, "The code's quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."),
        new("goldstein", DatasetType.Number, false, "The Goldstein value used for the event, −10.0 (most conflictual) to +10.0 (most cooperative): the tension index weighs the event by it."),
        new("goldstein_origin", DatasetType.Text, false, "table when goldstein is the CAMEO table's value for the code; override when an editor set another value for this event.", ["table", "override"]),
        new("goldstein_table", DatasetType.Number, false, "The CAMEO table's Goldstein value for the code (GDELT's CAMEO.goldsteinscale.txt), the same as goldstein unless overridden."),
        new("goldstein_reason", DatasetType.Text, true, "For an override, why the table's value does not fit this event (the page's coding note says more); empty otherwise."),
        new("fatalities", DatasetType.WholeNumber, true, "People killed: the conservative figure the sources give; empty when they give none."),
        new("injured", DatasetType.WholeNumber, true, "People injured: the conservative figure the sources give; empty when they give none."),
        new("tags", DatasetType.TextList, false, "Topics, in lower case. CSV: joined with \" | \"."),
        new("sources", DatasetType.Sources, false, "Where the facts come from: a section of a briefing on this site, or a page elsewhere. JSON: objects with kind (briefing or web), url, title, and for a briefing its slug, version and section; CSV: the addresses joined with \" | \"."),
        new("changes", DatasetType.Changes, false, "Corrections, updates and clarifications since publication, oldest first. JSON: objects with type, date, text, and was, the earlier values of the fields the change changed (date, cameo, goldstein, actor1, actor2), or null; CSV: each as \"type YYYY-MM-DD\", with \"(was field=value, …)\" when it changed a field, joined with \" | \"; the texts are in events.json and on the event's page."),
        new("summary", DatasetType.Text, false, "One or two sentences saying what happened."),
    ];
}
