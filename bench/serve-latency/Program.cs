using System.Diagnostics;
using System.Globalization;
using Briefing.Cli;
using Briefing.Cli.Preview;
using Briefing.Core.Build;
using ServeLatency;

// Usage: dotnet run -c Release --project bench/serve-latency -- [--events N | --product N] [--edit body|cameo|date]
//        [--saves 20] [--soak 0] [--repo DIR]
// Copies input/ and theme/ to a temporary folder (adding N synthetic events, or replacing input/ with the product
// corpus of bench/make-product-corpus.py: N events and N/10 briefings), starts the preview server on a free loopback
// port, opens an event stream as a browser tab would, then saves one event file again and again and measures, for each
// save, the time until the reload event arrives. --edit says what each save changes: a sentence appended to the body,
// the CAMEO code, or the day of the date (which moves the event in the timeline and the tension index).
// --soak N then makes N more saves and reports the process's memory after the first 100 and at the end.
var events = Option("--events", 0);
var product = Option("--product", 0);
var saves = Option("--saves", 20);
var soak = Option("--soak", 0);
var edit = OptionText("--edit", "body");
var repo = OptionText("--repo", FindRepo());
var work = Path.Combine(Path.GetTempPath(), "briefing-serve-bench-" + Guid.NewGuid().ToString("N")[..8]);
Copy(Path.Combine(repo, "theme"), Path.Combine(work, "theme"));
if (product > 0)
{
    ProductCorpus(repo, Path.Combine(work, "input"), product);
}
else
{
    Copy(Path.Combine(repo, "input"), Path.Combine(work, "input"));
}
if (events > 0)
{
    EventCorpus.Write(Path.Combine(work, "input"), events);
}
// A day-precision event whose file name can be kept while its content changes (the date edit moves the day within its month).
var target = Directory.EnumerateFiles(Path.Combine(work, "input", "events"), "*.md").Order(StringComparer.Ordinal)
    .First(f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f), @"^[0-9]{4}-[0-9]{2}-[0-9]{2}-") && File.ReadAllText(f).Contains("cameo: \"", StringComparison.Ordinal));
var original = File.ReadAllText(target);
var eventCount = Directory.EnumerateFiles(Path.Combine(work, "input", "events"), "*.md").Count();

var options = new BuildOptions(Path.Combine(work, "input"), Path.Combine(work, "theme"), Path.Combine(work, "output"), work);
var context = new CliContext(TextWriter.Null, Console.Error, work);
var started = Stopwatch.GetTimestamp();
await using var server = await PreviewServer.StartAsync(new PreviewSettings(options, "127.0.0.1", 0), context);
Console.WriteLine($"site: {eventCount} events, {server.Current.Files.Count} files; first build {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
if (server.Current.Failed)
{
    Console.Error.WriteLine("the site did not build: " + string.Join("\n", server.Current.Errors.Take(5)));
    return 1;
}
var rebuilds = new List<double>();
var phases = new Dictionary<string, List<double>>(StringComparer.Ordinal);
server.Rebuilt += report =>
{
    lock (rebuilds)
    {
        rebuilds.Add(report.Elapsed.TotalMilliseconds);
        // A rebuild that tried a patch first times that attempt's load and model too: each phase is summed over the
        // rebuild, or the attempt's fraction of a millisecond would count as a rebuild of its own in the median.
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var timing in report.Timings)
        {
            sums[timing.Phase] = sums.GetValueOrDefault(timing.Phase) + timing.Elapsed.TotalMilliseconds;
            foreach (var part in timing.Parts)
            {
                var name = $"{timing.Phase}/{part.Phase}";
                sums[name] = sums.GetValueOrDefault(name) + part.Cpu.TotalMilliseconds;
            }
        }
        foreach (var (name, ms) in sums)
        {
            (phases.TryGetValue(name, out var list) ? list : phases[name] = []).Add(ms);
        }
    }
};

using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
using var response = await http.GetAsync(new Uri(server.Address, "_briefing/events"), HttpCompletionOption.ResponseHeadersRead);
using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
await NextAsync(reader, "hello");

var latencies = new List<double>();
var cpu = new List<double>();
using var self = System.Diagnostics.Process.GetCurrentProcess();
for (var i = 1; i <= saves + 2; i++)
{
    await Task.Delay(300);
    var text = Edited(original, edit, i);
    var before = target;
    target = Renamed(target, text);
    if (before != target)
    {
        File.Delete(before);
    }
    self.Refresh();
    var cpu0 = self.TotalProcessorTime;
    var t0 = Stopwatch.GetTimestamp();
    File.WriteAllText(target, text);
    await NextAsync(reader, "reload");
    var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
    self.Refresh();
    if (i > 2)
    {
        latencies.Add(ms); // the first two saves warm up the JIT
        cpu.Add((self.TotalProcessorTime - cpu0).TotalMilliseconds);
    }
}
var memory = new List<(int Save, long Bytes)>();
for (var i = 1; i <= soak; i++)
{
    var text = Edited(original, edit, saves + 2 + i);
    var before = target;
    target = Renamed(target, text);
    if (before != target)
    {
        File.Delete(before);
    }
    File.WriteAllText(target, text);
    await NextAsync(reader, "reload");
    await Task.Delay(40);
    if (i == 100 || i == soak)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        self.Refresh();
        memory.Add((i, self.WorkingSet64));
    }
}
await server.StopAsync();
Directory.Delete(work, recursive: true);
if (memory.Count == 2)
{
    var (settled, last) = (memory[0].Bytes, memory[1].Bytes);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"soak: {soak} saves; working set after 100 saves {settled / 1048576.0:0.0} MiB, after {soak} {last / 1048576.0:0.0} MiB ({(last - settled) * 100.0 / settled:+0.0;-0.0} %)"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"save → reload event, {latencies.Count} saves: median {Median(latencies):0.0} ms (min {latencies.Min():0.0}, max {latencies.Max():0.0}); rebuild alone: median {Median(rebuilds.Skip(2).ToList()):0.0} ms; debounce {WatchTiming.Default.Quiet.TotalMilliseconds:0} ms; CPU time per save (all cores): median {Median(cpu):0.0} ms"));
Console.WriteLine($"machine load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
Console.WriteLine("rebuild phases, median ms: " + string.Join(", ", phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {Median(p.Value.Skip(2).ToList()):0.0}"))));
return 0;

// What save number i writes: the body grows by a sentence, the CAMEO code alternates, or the day moves within the month.
static string Edited(string original, string edit, int i) => edit switch
{
    "body" => original.Replace("---\n\n", $"---\n\nSave number {i} of the benchmark.\n\n", StringComparison.Ordinal),
    "cameo" => System.Text.RegularExpressions.Regex.Replace(original, "^cameo: .*$", i % 2 == 0 ? "cameo: \"111\"" : "cameo: \"042\"", System.Text.RegularExpressions.RegexOptions.Multiline),
    "date" => System.Text.RegularExpressions.Regex.Replace(original, "^date: ([0-9]{4}-[0-9]{2})-[0-9]{2}", m => $"date: {m.Groups[1].Value}-{1 + i % 28:D2}", System.Text.RegularExpressions.RegexOptions.Multiline),
    _ => throw new ArgumentException($"--edit is body, cameo or date, not {edit}"),
};

// An event's file name starts with its date: a moved day means a new name.
static string Renamed(string path, string text)
{
    var date = System.Text.RegularExpressions.Regex.Match(text, "^date: ([0-9-]+)", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
    var name = Path.GetFileName(path);
    return Path.Combine(Path.GetDirectoryName(path)!, date + name[10..]);
}

static void ProductCorpus(string repo, string input, int events)
{
    var generator = Path.Combine(repo, "bench", "make-product-corpus.py");
    using var python = Process.Start(new ProcessStartInfo("python3", [generator, input, events.ToString(CultureInfo.InvariantCulture)]) { RedirectStandardOutput = true })!;
    python.StandardOutput.ReadToEnd();
    python.WaitForExit();
    if (python.ExitCode != 0)
    {
        throw new InvalidOperationException($"{generator} failed with exit code {python.ExitCode}");
    }
}

static async Task NextAsync(StreamReader reader, string name)
{
    var wanted = "event: " + name;
    while (await reader.ReadLineAsync() is { } line)
    {
        if (line == wanted)
        {
            return;
        }
    }
    throw new InvalidOperationException("the event stream ended");
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

static void Copy(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var destination = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(file, destination);
    }
}

static string FindRepo()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? Environment.CurrentDirectory;
}

int Option(string name, int fallback) => int.Parse(OptionText(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

string OptionText(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
