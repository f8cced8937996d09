using System.Diagnostics;
using System.Globalization;
using Briefing.Core.Content;
using Briefing.Core.Markdown;

// Usage: dotnet run -c Release --project bench/markdown-floor -- CORPUS_DIR [--runs 5]
//        markdown-floor CORPUS_DIR --once read|markdig|site      (bench/run.sh: the native binary, timed as a process)
// The floor under any build of a corpus with this project's Markdown library: every file read and its body (after the
// front matter) parsed and rendered to HTML, on every core, nothing else (no templates, search, links or writing).
// Three rows, medians of --runs after one warm-up: reading alone; Markdig's default pipeline (Markdown.ToHtml); and the
// pipeline the site renders with (MarkdownRenderer: heading ids, numbered paragraphs off, the content policy's scan).
// Compare the rows with Hugo's whole build of the same corpus from bench/run.sh: a share of Hugo's time that Markdown
// alone exceeds is out of reach for any build that renders the corpus with Markdig.
// --once does one of the rows once and exits, so that bench/run.sh times the whole process (start-up included) in the
// same run as Hugo, as it times `briefing build`.
var corpus = args.Length > 0 ? args[0] : throw new ArgumentException("usage: CORPUS_DIR [--runs 5]");
var runs = args.Length > 2 && args[1] == "--runs" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var once = args.Length > 2 && args[1] == "--once" ? args[2] : null;
var files = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

string[] ReadAll()
{
    var bodies = new string[files.Length];
    Parallel.For(0, files.Length, parallel, i =>
    {
        var text = File.ReadAllText(files[i]);
        bodies[i] = FrontMatter.Split(text) is { } split ? text[split.BodyStart..] : text;
    });
    return bodies;
}

long Render(Func<string, int> render)
{
    var bodies = ReadAll();
    long bytes = 0;
    Parallel.For(0, bodies.Length, parallel, i => Interlocked.Add(ref bytes, render(bodies[i])));
    return bytes;
}

var rows = new (string Name, Func<long> Work)[]
{
    ("read files, split front matter", () => ReadAll().Sum(b => (long)b.Length)),
    ("Markdig default pipeline (Markdown.ToHtml)", () => Render(body => Markdig.Markdown.ToHtml(body).Length)),
    ("the site's Markdown pipeline (MarkdownRenderer)", () => Render(body => MarkdownRenderer.Shared.Render(body).Html.Length)),
};
if (once is not null)
{
    // No collector settings of the build's own (its no-collection region, OneShotCollector): with them the process
    // touches a fresh page for everything it allocates, which is dear on this machine, and a floor is the least a
    // build could take. Measured 2026-12-01, 10,000 pages: 0.79 s and 20 MiB without, 1.00 to 1.11 s and 288 MiB with.
    Func<string, int>? render = once switch
    {
        "read" => body => body.Length,
        "markdig" => body => Markdig.Markdown.ToHtml(body).Length,
        "site" => body => MarkdownRenderer.Shared.Render(body).Html.Length,
        _ => null,
    };
    if (render is null)
    {
        Console.Error.WriteLine("--once takes read, markdig or site");
        return 2;
    }
    // Each file read, split and rendered in one go and let go: the least memory any build of the corpus can touch.
    long characters = 0;
    Parallel.For(0, files.Length, parallel, i =>
    {
        var text = File.ReadAllText(files[i]);
        var body = FrontMatter.Split(text) is { } split ? text[split.BodyStart..] : text;
        Interlocked.Add(ref characters, render(body));
    });
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{once}: {files.Length} files, {characters} characters out"));
    return 0;
}
var words = ReadAll().Sum(b => b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).LongLength);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Length} files, {words:N0} words, {Environment.ProcessorCount} cores; medians of {runs} runs after a warm-up"));
foreach (var (name, work) in rows)
{
    work();
    var times = new List<double>();
    for (var r = 0; r < runs; r++)
    {
        var start = Stopwatch.GetTimestamp();
        work();
        times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
    }
    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-50} {times[times.Count / 2],8:0.000} s  (min {times[0]:0.000}, max {times[^1]:0.000})"));
}
return 0;
