using Briefing.Core.Events;

namespace Briefing.Core.Tests.Events;

/// <summary>
/// A build that keeps nothing for a next one writes the dataset's files whole, row after row, where one that does joins
/// a piece per row: the bytes must be the same either way.
/// </summary>
public sealed class EventDatasetStreamedTests
{
    private const string Codebook = "https://example.org/events/codebook/";

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3000)]
    public void The_files_written_whole_equal_the_files_joined_from_pieces(int count)
    {
        var rows = Enumerable.Range(0, count).Select(Row).ToList();

        Assert.Equal(EventDatasetFiles.Json(rows, Codebook), Written(output => EventDatasetFiles.JsonStreamed(output, rows.Count, i => rows[i], Codebook)));
        Assert.Equal(EventDatasetFiles.Csv(rows), Written(output => EventDatasetFiles.CsvStreamed(output, rows.Count, i => rows[i])));
    }

    [Fact]
    public void A_file_longer_than_the_writer_holds_back_comes_out_whole()
    {
        // Rows long enough that the JSON writer pushes its bytes out many times, and the CSV writer its buffer.
        var rows = Enumerable.Range(0, 400).Select(i => Row(i) with { Summary = new string('w', 5000 + i) + " “Şuşa” 😀" }).ToList();

        var json = Written(output => EventDatasetFiles.JsonStreamed(output, rows.Count, i => rows[i], Codebook));
        var csv = Written(output => EventDatasetFiles.CsvStreamed(output, rows.Count, i => rows[i]));

        Assert.True(json.Length > 2_000_000);
        Assert.Equal(EventDatasetFiles.Json(rows, Codebook), json);
        Assert.Equal(EventDatasetFiles.Csv(rows), csv);
    }

    // What a writer leaves in a stream that starts empty, as a file just created does.
    private static byte[] Written(Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        return output.ToArray();
    }

    // Rows that vary in every way the encoders treat differently: quotes, commas and line breaks in cells, text beyond
    // ASCII and beyond the basic plane, missing optional values, lists empty and not, changes with earlier values.
    private static EventRow Row(int i)
    {
        string[] titles = ["Plain title", "Quote \" and comma, here", "Line\nbreak", "Bakı — “Şuşa” 😀", "<b>&amp;</b>"];
        var title = titles[i % titles.Length];
        var sources = Enumerable.Range(0, i % 3).Select(k => new SourceRow(k == 0 ? "briefing" : "web", $"https://example.org/s/{i}/{k}", $"Source {k}, \"{title}\"", k == 0 ? "breaking-bonds" : null, k == 0 ? 1 + (i % 2) : null, k == 0 ? "part-1" : null)).ToList();
        var changes = i % 4 == 0 ? [] : new List<ChangeRow> { new("correction", "2025-08-02", $"Corrected, {title}", i % 8 == 1 ? [("location", "Baku"), ("goldstein", -4.5m)] : []) };
        return new EventRow(
            $"2025-08-{1 + (i % 28):00}-event-{i}", $"https://example.org/events/event-{i}/", title, $"2025-08-{1 + (i % 28):00}", i % 5 == 0 ? "month" : "day",
            i % 3 == 0 ? null : "2025-09-01", i % 2 == 0 ? "Baku" : "Yekaterinburg, Sverdlovsk",
            "AZE", "Azerbaijan", i % 2 == 0 ? null : "Government", "RUS", "Russia", i % 3 == 0 ? "Police" : null,
            "112", "Accuse", 3, -2.0m - (i % 7) / 10m, i % 6 == 0 ? "event" : "table", -2.0m, i % 6 == 0 ? "A reason, \"quoted\"" : null,
            i % 4 == 0 ? null : i, i % 5 == 0 ? null : 0,
            i % 3 == 0 ? [] : ["diplomacy", "energy"], sources, changes, $"Summary {i}: {title}");
    }
}
