using System.Diagnostics;
using System.Globalization;
using System.Text;
using Briefing.Core.Content;
using Briefing.Core.Versions;

// Usage: dotnet run -c Release --project bench/version-diff -- [--runs 50] [--repo DIR]
// Times VersionDiffer.Compare on (1) the report's v1 → v2 (one inserted word) and (2) a synthetic
// long briefing: the report's body repeated 20 times, with every tenth paragraph edited, one
// removed and one added. Prints the median and the 90th percentile of the runs, after 5 warm-ups.
var runs = Option("--runs", 50);
var repo = OptionText("--repo", FindRepo());
var folder = Path.Combine(repo, "input", "briefings", "breaking-bonds");
var v1 = Body(Path.Combine(folder, "v1.md"));
var v2 = Body(Path.Combine(folder, "v2.md"));
var (longOld, longNew) = Synthetic(v1, 20);

Measure("report v1 → v2", v1, v2, runs);
Measure($"synthetic ({longOld.Length / 1024} KiB)", longOld, longNew, runs);
return 0;

static void Measure(string name, string older, string newer, int runs)
{
    var diff = VersionDiffer.Compare(older, newer);
    for (var i = 0; i < 5; i++)
    {
        VersionDiffer.Compare(older, newer);
    }
    var times = new List<double>(runs);
    for (var i = 0; i < runs; i++)
    {
        var start = Stopwatch.GetTimestamp();
        VersionDiffer.Compare(older, newer);
        times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
    times.Sort();
    var median = times[times.Count / 2];
    var p90 = times[(int)(times.Count * 0.9)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {diff.Blocks.Count} blocks shown, +{diff.InsertedWords}/-{diff.DeletedWords} words; median {median:0.00} ms, p90 {p90:0.00} ms over {runs} runs"));
}

static (string Old, string New) Synthetic(string body, int copies)
{
    var paragraphs = string.Concat(Enumerable.Repeat(body + "\n\n", copies)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
    var edited = new StringBuilder();
    for (var i = 0; i < paragraphs.Length; i++)
    {
        var p = paragraphs[i];
        if (i == paragraphs.Length / 3)
        {
            continue;
        }
        edited.Append(i % 10 == 5 && !p.StartsWith('#') ? p.Replace(" the ", " a ", StringComparison.Ordinal) : p).Append("\n\n");
        if (i == paragraphs.Length / 2)
        {
            edited.Append("A paragraph added in the new version, in the middle of the text.\n\n");
        }
    }
    return (string.Join("\n\n", paragraphs), edited.ToString());
}

static string Body(string path)
{
    var text = SourceText.Decode(File.ReadAllBytes(path), out _)!;
    return text.Split("---\n", 3)[2];
}

int Option(string name, int fallback) =>
    int.TryParse(OptionText(name, null), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

string OptionText(string name, string? fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback!;
}

static string FindRepo()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? Directory.GetCurrentDirectory();
}
