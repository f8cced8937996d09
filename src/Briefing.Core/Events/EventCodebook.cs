using System.Text;

namespace Briefing.Core.Events;

/// <summary>
/// The codebook of the events dataset, as Markdown: how the two files are written, then every column from
/// <see cref="EventDatasetColumns.All"/>, so the page cannot leave a column out or describe one the files lack.
/// </summary>
public static class EventCodebook
{
    public const string Title = "Events dataset: codebook";

    public const string Summary = "Every column of events.csv and events.json, the publication's event record as data: what each holds, in which form, and how the files are written.";

    /// <param name="csvUrl">The CSV's address.</param>
    /// <param name="jsonUrl">The JSON's address.</param>
    /// <param name="schemaUrl">The JSON Schema's address.</param>
    /// <param name="methodologyUrl">The methodology page, when the site has one.</param>
    public static string Markdown(string csvUrl, string jsonUrl, string schemaUrl, string? methodologyUrl)
    {
        var md = new StringBuilder();
        md.Append("The events this publication records, as data: one row for each event page, in the order of the [timeline](")
            .Append(Site.Urls.Events).Append(") (oldest first; an event known only by its month before the days of that month; then by id).\n\n");
        md.Append("- [events.csv](").Append(csvUrl).Append("): CSV as RFC 4180 defines it, in UTF-8: a header line with the column names, ")
            .Append("each record ended by CRLF, a cell in double quotes when it holds a comma, a double quote (written twice) or a line break. ")
            .Append("An empty cell means no value; numbers have a point and one decimal.\n");
        md.Append("- [events.json](").Append(jsonUrl).Append("): the same rows as objects under `events`, with the column names as keys in the same order, ")
            .Append("`null` for no value, arrays for lists, and objects for sources and changes. ")
            .Append("Its [JSON Schema](").Append(schemaUrl).Append(") is also in the repository, `schemas/").Append(EventDatasetSchema.FileName).Append("`.\n\n");
        md.Append("Column names and their order are stable: a new column is added at the end, and no column is renamed or given another meaning.\n\n");
        md.Append("## Columns\n\n");
        md.Append("| column | CSV | JSON | what it holds |\n|---|---|---|---|\n");
        foreach (var column in EventDatasetColumns.All)
        {
            md.Append("| `").Append(column.Name).Append("` | ").Append(CsvForm(column)).Append(" | ").Append(JsonForm(column)).Append(" | ")
                .Append(Cell(column.Description)).Append(Values(column)).Append(" |\n");
        }
        md.Append("\n## Corrections, and the index on any day\n\n");
        md.Append("Events are corrected in the open: a change never replaces a row silently. Each row's `changes` lists what was changed, when and why, ")
            .Append("and the earlier values of the date, code, value or actors it changed; the event's page shows the same notes at the top. ")
            .Append("With `recorded`, the day each event entered the record, this is enough to compute the tension index as it stood on any day");
        md.Append(methodologyUrl is null ? ".\n\n" : $" (the [methodology]({methodologyUrl}) explains how).\n\n");
        md.Append("## Credit\n\n");
        md.Append("The event records (coding, summaries, changes) are this publication's own work, under the ")
            .Append("[Creative Commons Attribution 4.0 licence](https://creativecommons.org/licenses/by/4.0/): credit the publication and link to the page you took them from. ")
            .Append("The CAMEO labels and the table's Goldstein values come from the GDELT Project's lookup tables, and the country codes from ISO 3166-1.\n");
        return md.ToString();
    }

    private static string CsvForm(DatasetColumn column) => column.Type switch
    {
        DatasetType.WholeNumber => "whole number",
        DatasetType.Number => "number",
        DatasetType.TextList or DatasetType.Sources or DatasetType.Changes => "text, items joined by a vertical bar",
        _ => "text",
    } + (column.Optional ? ", may be empty" : "");

    private static string JsonForm(DatasetColumn column) => column.Type switch
    {
        DatasetType.WholeNumber => "integer",
        DatasetType.Number => "number",
        DatasetType.TextList => "array of strings",
        DatasetType.Sources => "array of objects",
        DatasetType.Changes => "array of objects",
        _ => "string",
    } + (column.Optional ? " or null" : "");

    private static string Values(DatasetColumn column) =>
        column.Values is { } values ? " One of " + string.Join(", ", values.Select(v => $"`{v}`")) + "." : "";

    // A pipe would end the cell early.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
