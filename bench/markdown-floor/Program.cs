using System.Diagnostics;
using System.Globalization;
using Briefing.Core.Content;
using Briefing.Core.Markdown;

// Usage: dotnet run -c Release --project bench/markdown-floor -- CORPUS_DIR [--runs 5]
// The floor under any build of a corpus with this project's Markdown library: every file read and its body (after the
// front matter) parsed and rendered to HTML, on every core, nothing else (no templates, search, links or writing).
// Three rows, medians of --runs after one warm-up: reading alone; Markdig's default pipeline (Markdown.ToHtml); and the
// pipeline the site renders with (MarkdownRenderer: heading ids, numbered paragraphs off, the content policy's scan).
// Compare the rows with Hugo's whole build of the same corpus from bench/run.sh: a share of Hugo's time that Markdown
// alone exceeds is out of reach for any build that renders the corpus with Markdig.
var corpus = args.Length > 0 ? args[0] : throw new ArgumentException("usage: CORPUS_DIR [--runs 5]");
var runs = args.Length > 2 && args[1] == "--runs" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
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
