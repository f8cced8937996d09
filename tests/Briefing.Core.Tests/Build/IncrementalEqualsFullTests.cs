using System.Text.RegularExpressions;
using Briefing.Core.Build;
using Briefing.Testing;

namespace Briefing.Core.Tests.Build;

/// <summary>
/// A rebuild through the cache re-runs only the jobs whose reads changed; if a generator forgets to declare
/// something it reads, its page goes stale. This test makes 200 seeded random edits of every kind to a copy of
/// the real site (bodies; front matter: date, cameo, tags, actors, summaries; new, deleted and renamed files;
/// templates, assets and site.yml) and after each one compares the incremental result with a fresh build.
/// </summary>
public sealed partial class IncrementalEqualsFullTests : IDisposable
{
    private const int Edits = 200;
    private readonly TempDirectory _repo = new();
    private readonly BuildOptions _options;
    private readonly Random _random = new(20261130);
    private readonly List<string> _log = [];

    public IncrementalEqualsFullTests()
    {
        _repo.CopyFrom(RepoPaths.Input, "input");
        _repo.CopyFrom(RepoPaths.Theme, "theme");
        // The smallest page size, so the real site's actor, tag and month lists run to several pages and an edit
        // can move an entry from one page to the next.
        File.AppendAllText(_repo.Combine("input", "site.yml"), "page_size: 10\n");
        _options = new BuildOptions(_repo.Combine("input"), _repo.Combine("theme"), _repo.Combine("output"), _repo.Path);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Every_rebuild_after_a_random_edit_equals_a_fresh_build()
    {
        // As serve drives it: every change is reported, so a rebuild reads only the files reported.
        var cache = new IncrementalCache { TrustChanges = true };
        var pipeline = new SitePipeline(cache: cache);
        Assert.True(pipeline.Render(_options).Succeeded);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i <= Edits; i++)
        {
            var (kind, touched) = Edit(i);
            kinds.Add(kind);
            _log.Add($"{i}: {kind} {string.Join(", ", touched.Select(p => Path.GetRelativePath(_repo.Path, p)))}");
            // What serve does with the watcher's paths: forget their text (coarse time stamps), recompile a changed theme.
            cache.Invalidate(touched);
            if (touched.Any(p => p.StartsWith(_repo.Combine("theme"), StringComparison.Ordinal)))
            {
                cache.InvalidateTheme();
            }
            var incremental = pipeline.Render(_options);
            var full = new SitePipeline().Render(_options);
            AssertSame(full, incremental, i);
        }
        // The edits must have covered every kind, or the test proves less than it says.
        Assert.Equal(Menu.Length, kinds.Count);
        Assert.True(cache.Reuses > cache.Renders, $"the cache reused {cache.Reuses} files and rendered {cache.Renders}: it should mostly reuse");
        // Text edits to events and pages are patched rather than rebuilt: the comparisons above covered that path too.
        Assert.True(cache.Patches >= 10, $"only {cache.Patches} rebuilds were patches");
    }

    private void AssertSame(BuildResult full, BuildResult incremental, int edit)
    {
        var context = $"after edit {edit}; edits so far:\n{string.Join('\n', _log.TakeLast(5))}";
        Assert.True(full.Diagnostics.Select(d => d.ToString()).SequenceEqual(incremental.Diagnostics.Select(d => d.ToString())),
            $"diagnostics differ {context}\nfull: {string.Join("; ", full.Diagnostics)}\nincremental: {string.Join("; ", incremental.Diagnostics)}");
        var expected = full.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var actual = incremental.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        Assert.True(expected.Keys.Order(StringComparer.Ordinal).SequenceEqual(actual.Keys.Order(StringComparer.Ordinal)),
            $"file lists differ {context}: only in full {string.Join(", ", expected.Keys.Except(actual.Keys))}; only in incremental {string.Join(", ", actual.Keys.Except(expected.Keys))}");
        var stale = expected.Where(f => !f.Value.Content.AsSpan().SequenceEqual(actual[f.Key].Content)).Select(f => f.Key).ToList();
        Assert.True(stale.Count == 0, $"stale files {context}: {string.Join(", ", stale)}");
    }

    private static readonly string[] Menu =
    [
        "event body", "event date", "event cameo", "event tags", "event actors", "new event", "deleted event", "renamed event",
        "briefing body", "briefing summary", "page body", "page menu", "template", "asset", "site.yml",
    ];

    private (string Kind, string[] Touched) Edit(int n)
    {
        var kind = Menu[n <= Menu.Length ? n - 1 : _random.Next(Menu.Length)];
        return (kind, kind switch
        {
            "event body" => Change(AnyEvent(), t => t + $"\nAppended sentence {n}.\n"),
            "event date" => MoveEvent(AnyEvent(), n),
            "event cameo" => Change(AnyEvent(), t => CameoLine().Replace(t, $"cameo: \"{Cameos[_random.Next(Cameos.Length)]}\"", 1)),
            "event tags" => Change(AnyEvent(), t => TagsLine().Replace(t, $"tags: [{Tags[_random.Next(Tags.Length)]}, {Tags[_random.Next(Tags.Length)]}]", 1)),
            "event actors" => Change(AnyEvent(), SwapActors),
            "new event" => NewEvent(n),
            "deleted event" => DeleteEvent(),
            "renamed event" => RenameEvent(n),
            "briefing body" => Change(LatestVersion(), t => t + $"\nA paragraph added by edit {n}.\n"),
            "briefing summary" => Change(LatestVersion(), t => SummaryLine().Replace(t, $"summary: \"Summary rewritten by edit {n}.\"", 1)),
            "page body" => Change(_repo.Combine("input", "pages", "about.md"), t => t + $"\nEdited {n}.\n"),
            "page menu" => Change(_repo.Combine("input", "pages", "about.md"), t => MenuLine().Replace(t, $"menu: {{weight: {_random.Next(1, 100)}}}", 1)),
            "template" => Change(Directory.EnumerateFiles(_repo.Combine("theme", "templates"), "event.*").Single(), t => t + $"\n<!-- edit {n} -->\n"),
            "asset" => Change(_repo.Combine("theme", "assets", "style.css"), t => t + $"\n/* edit {n} */\n"),
            "site.yml" => Change(_repo.Combine("input", "site.yml"), t => DescriptionLine().Replace(t, $"description: \"Described by edit {n}.\"", 1)),
            _ => throw new InvalidOperationException(kind),
        });
    }

    private static readonly string[] Cameos = ["010", "036", "042", "111", "112", "114", "120", "130", "163", "172", "190"];
    private static readonly string[] Tags = ["energy", "diplomacy", "media", "aviation", "Qarabağ", "law"];

    private string[] Events() => Directory.EnumerateFiles(_repo.Combine("input", "events"), "*.md").Order(StringComparer.Ordinal).ToArray();

    private string AnyEvent() => Events()[_random.Next(Events().Length)];

    private string LatestVersion()
    {
        var briefings = Directory.EnumerateDirectories(_repo.Combine("input", "briefings")).Order(StringComparer.Ordinal).ToArray();
        var folder = briefings[_random.Next(briefings.Length)];
        return Directory.EnumerateFiles(folder, "v*.md").OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)[1..], System.Globalization.CultureInfo.InvariantCulture)).Last();
    }

    private static string[] Change(string path, Func<string, string> edit)
    {
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return [path];
    }

    private static string SwapActors(string text)
    {
        var one = Actor1Line().Match(text).Groups["code"].Value;
        var two = Actor2Line().Match(text).Groups["code"].Value;
        return Actor2Line().Replace(Actor1Line().Replace(text, $"actor1: {two}", 1), $"actor2: {one}", 1);
    }

    // A new day in the same year keeps the file name's form; the file is renamed to start with it.
    private string[] MoveEvent(string path, int n)
    {
        var text = File.ReadAllText(path);
        var date = DateLine().Match(text);
        if (!date.Success || date.Groups["day"].Value.Length == 0)
        {
            return Change(path, t => t + $"\nNo day to move (edit {n}).\n");
        }
        var day = new DateOnly(int.Parse(date.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), _random.Next(1, 13), _random.Next(1, 29));
        var iso = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var name = Path.GetFileName(path)[11..];
        var moved = Path.Combine(Path.GetDirectoryName(path)!, $"{iso}-{name}");
        File.Delete(path);
        File.WriteAllText(moved, DateLine().Replace(text, $"date: {iso}", 1));
        return moved == path ? [path] : [path, moved];
    }

    private string[] NewEvent(int n)
    {
        var source = AnyEvent();
        var text = File.ReadAllText(source);
        var date = DateLine().Match(text).Value["date: ".Length..].Trim();
        var path = _repo.Combine("input", "events", $"{date}-added-by-edit-{n}.md");
        File.WriteAllText(path, TitleLine().Replace(text, $"title: Event added by edit {n}", 1));
        return [path];
    }

    private string[] DeleteEvent()
    {
        var path = AnyEvent();
        File.Delete(path);
        return [path];
    }

    private string[] RenameEvent(int n)
    {
        var path = AnyEvent();
        var name = Path.GetFileName(path);
        var datePart = DateLine().Match(File.ReadAllText(path)).Value["date: ".Length..].Trim();
        var renamed = Path.Combine(Path.GetDirectoryName(path)!, $"{datePart}-renamed-{n}.md");
        File.Move(path, renamed);
        return name == Path.GetFileName(renamed) ? [path] : [path, renamed];
    }

    [GeneratedRegex(@"^cameo: .*$", RegexOptions.Multiline)]
    private static partial Regex CameoLine();

    [GeneratedRegex(@"^tags: .*$", RegexOptions.Multiline)]
    private static partial Regex TagsLine();

    [GeneratedRegex(@"^summary: .*$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"^menu: .*$", RegexOptions.Multiline)]
    private static partial Regex MenuLine();

    [GeneratedRegex(@"^description: .*$", RegexOptions.Multiline)]
    private static partial Regex DescriptionLine();

    [GeneratedRegex(@"^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^actor1: (?<code>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Actor1Line();

    [GeneratedRegex(@"^actor2: (?<code>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Actor2Line();

    [GeneratedRegex(@"^date: (?<year>[0-9]{4})-(?<month>[0-9]{2})(-(?<day>[0-9]{2}))?\s*$", RegexOptions.Multiline)]
    private static partial Regex DateLine();
}
