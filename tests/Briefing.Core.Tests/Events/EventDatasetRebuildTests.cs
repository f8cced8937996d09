using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Core.Build;
using Briefing.Core.Content;
using Briefing.Core.Events;
using Briefing.Testing;

namespace Briefing.Core.Tests.Events;

/// <summary>
/// The events dataset is put together from one piece per event, and a rebuild through the cache encodes again only
/// the events whose row changed: the files must still be exactly what writing every row at once gives.
/// </summary>
public sealed class EventDatasetRebuildTests : IDisposable
{
    private const string CitedVersion = "input/briefings/breaking-bonds/v1.md";
    private readonly TempDirectory _repo = new();
    private readonly BuildOptions _options;

    public EventDatasetRebuildTests()
    {
        _repo.CopyFrom(RepoPaths.Input, "input");
        _repo.CopyFrom(RepoPaths.Theme, "theme");
        _options = new BuildOptions(_repo.Combine("input"), _repo.Combine("theme"), _repo.Combine("output"), _repo.Path);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_new_title_of_a_cited_briefing_version_reaches_the_dataset_rebuilt_through_the_cache()
    {
        var pipeline = new SitePipeline(cache: new IncrementalCache());
        pipeline.Render(_options);
        var path = _repo.Combine(CitedVersion);
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: \"Breaking Bonds:", "title: \"Broken Bonds:", StringComparison.Ordinal));

        var cached = pipeline.Render(_options);
        var fresh = new SitePipeline().Render(_options);

        Assert.Contains("Broken Bonds:", cached.Text("events/events.json"), StringComparison.Ordinal);
        Assert.Equal(fresh.Text("events/events.csv"), cached.Text("events/events.csv"));
        Assert.Equal(fresh.Text("events/events.json"), cached.Text("events/events.json"));
    }

    [Fact]
    public void Events_json_is_laid_out_as_one_indented_writer_writes_it()
    {
        var json = new SitePipeline().Render(_options).Text("events/events.json");

        // An independent writer, from the parsed document: same indentation, same escaping, numbers as written.
        var options = new JsonSerializerOptions { WriteIndented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Assert.Equal(JsonNode.Parse(json)!.ToJsonString(options) + "\n", json);
    }

    [Fact]
    public void Events_json_without_rows_closes_its_empty_list_on_the_same_line()
    {
        var json = Encoding.UTF8.GetString(EventDatasetFiles.Json([], "https://example.org/events/codebook/"));

        Assert.Equal("{\n  \"count\": 0,\n  \"codebook\": \"https://example.org/events/codebook/\",\n  \"events\": []\n}\n", json);
    }

    private static readonly DatasetLayout Layout = new("["u8.ToArray(), ","u8.ToArray(), "]"u8.ToArray());

    // Pieces, and an encoder that writes "<reads>" for a row and notes which rows it was asked to encode.
    private static (DatasetPieces Pieces, List<string> Encoded, Func<DatasetEvent, byte[]> Encode) Encoder()
    {
        var encoded = new List<string>();
        return (new DatasetPieces(), encoded, e =>
        {
            encoded.Add((string)e.Reads[1]);
            return Encoding.UTF8.GetBytes($"<{e.Reads[1]}>");
        });
    }

    [Fact]
    public void Pieces_encode_only_the_rows_whose_reads_changed_and_give_the_bytes_of_encoding_every_row()
    {
        var events = Enumerable.Range(0, 5).Select(n => Event(n, "v1")).ToList();
        var (pieces, encoded, encode) = Encoder();
        pieces.File(events, Layout, encode);
        encoded.Clear();

        // Event 2 reads something new, event 4 is gone and a new event comes first, so every index moves.
        var next = new[] { Event(9, "v1"), events[0], events[1], Event(2, "v2"), events[3] }.Select((e, i) => e with { Index = i }).ToList();
        var file = Encoding.UTF8.GetString(pieces.File(next, Layout, encode));

        Assert.Equal(["e9 v1", "e2 v2"], encoded);
        Assert.Equal("[<e9 v1>,<e0 v1>,<e1 v1>,<e2 v2>,<e3 v1>]", file);
    }

    [Fact]
    public void Pieces_copy_the_very_same_event_and_encode_one_made_anew_in_its_place()
    {
        var events = Enumerable.Range(0, 4).Select(n => Event(n, "v1")).ToList();
        var (pieces, encoded, encode) = Encoder();
        pieces.File(events, Layout, encode);
        encoded.Clear();

        // The same objects but event 1, made again in the same place from what it now reads (its file was edited).
        events[1] = Event(1, "v2");
        var file = Encoding.UTF8.GetString(pieces.File(events, Layout, encode));

        Assert.Equal(["e1 v2"], encoded);
        Assert.Equal("[<e0 v1>,<e1 v2>,<e2 v1>,<e3 v1>]", file);
    }

    // Event n of a made-up site: its row reads its front matter and a value naming the event and a version of what it cites.
    private static DatasetEvent Event(int n, string version)
    {
        var file = new SourceFile($"input/events/e{n}.md", $"---\ntitle: E{n}\n---\n");
        var head = new ContentDocument<object>(file, new object(), file.Text.Length, 4, new YamlFieldLines(null)).Head;
        return new DatasetEvent(n, head, [head, $"e{n} {version}"]);
    }
}
