using Briefing.Core.Briefings;
using Briefing.Core.Build;
using Briefing.Core.Content;
using Briefing.Core.Events;
using Briefing.Core.Output;
using Briefing.Core.Site;
using Briefing.Core.Tension;
using Briefing.Testing;

namespace Briefing.Core.Tests.Build;

/// <summary>
/// The cache <c>serve</c> rebuilds with: a one-file edit must re-parse that file only, and the site
/// it produces must be byte for byte what a fresh build of the same files produces.
/// </summary>
public sealed class IncrementalCacheTests : IDisposable
{
    private const string Briefing = "input/briefings/august-2025-escalation/v1.md";
    private const string BriefingPage = "briefings/august-2025-escalation/index.html";
    private const string Event = "input/events/2024-12-25-azal-flight-8243-downed.md";
    private readonly TempDirectory _repo = new();
    private readonly BuildOptions _options;

    public IncrementalCacheTests()
    {
        _repo.CopyFrom(RepoPaths.Input, "input");
        _repo.CopyFrom(RepoPaths.Theme, "theme");
        _options = new BuildOptions(_repo.Combine("input"), _repo.Combine("theme"), _repo.Combine("output"), _repo.Path);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Rebuild_after_edits_is_byte_identical_to_a_fresh_build()
    {
        var cache = new IncrementalCache();
        var pipeline = new SitePipeline(cache: cache);
        pipeline.Render(_options);

        Edit(Briefing, text => text.Replace("title: \"Drone strikes", "title: \"Broken Bonds and drone strikes", StringComparison.Ordinal)
            .Replace("tags: [energy, ukraine, diplomacy]", "tags: [energy, diplomacy, edited]", StringComparison.Ordinal)
            .Replace("\n---\n\n", "\n---\n\nA new first paragraph.\n\n", StringComparison.Ordinal));
        Edit(Event, text => text.Replace("title: Russian air defences", "title: Russian air-defence fire", StringComparison.Ordinal)
            .Replace("Flight 8243 was on its way", "Flight 8243 was nearing the end of its way", StringComparison.Ordinal));
        Edit("theme/templates/briefing.sbn", text => text + "\n<!-- edited -->\n");
        var cached = pipeline.Render(_options);
        var fresh = new SitePipeline().Render(_options);

        Assert.True(fresh.Succeeded, string.Join("\n", fresh.Diagnostics));
        Assert.Contains("Broken Bonds", cached.Text(BriefingPage), StringComparison.Ordinal);
        Assert.Contains("<!-- edited -->", cached.Text(BriefingPage), StringComparison.Ordinal);
        Assert.Equal(fresh.Files.Select(f => f.Path), cached.Files.Select(f => f.Path));
        foreach (var (expected, actual) in fresh.Files.Zip(cached.Files))
        {
            Assert.True(expected.Content.AsSpan().SequenceEqual(actual.Content), $"{actual.Path} differs from a fresh build");
        }
    }

    [Fact]
    public void Unchanged_rebuild_parses_and_renders_nothing_again()
    {
        var cache = new IncrementalCache();
        var pipeline = new SitePipeline(cache: cache);
        pipeline.Render(_options);
        var (parses, renders, themes) = (cache.Parses, cache.MarkdownRenders, cache.ThemeLoads);

        pipeline.Render(_options);

        Assert.Equal((parses, renders, themes), (cache.Parses, cache.MarkdownRenders, cache.ThemeLoads));
    }

    [Fact]
    public void One_file_edit_reparses_and_rerenders_that_file_only()
    {
        var cache = new IncrementalCache();
        var pipeline = new SitePipeline(cache: cache);
        var first = pipeline.Render(_options);
        var (parses, renders) = (cache.Parses, cache.MarkdownRenders);
        Assert.True(parses >= 3, $"the first build parsed {parses} documents");

        Edit(Event, text => text.Replace("Flight 8243 was on its way", "Flight 8243 was nearing the end of its way", StringComparison.Ordinal));
        var second = pipeline.Render(_options);

        Assert.Equal(parses + 1, cache.Parses);
        Assert.Equal(renders + 1, cache.MarkdownRenders);
        Assert.Equal(0, first.Diagnostics.Count + second.Diagnostics.Count);
    }

    [Fact]
    public void One_event_edit_renders_again_only_the_pages_that_show_it()
    {
        var cache = new IncrementalCache();
        var pipeline = new SitePipeline(cache: cache);
        var first = pipeline.Render(_options);
        var renders = cache.Renders;

        Edit(Event, text => text.Replace("Flight 8243 was on its way", "Flight 8243 was nearing the end of its way", StringComparison.Ordinal));
        var second = pipeline.Render(_options);
        var rendered = cache.Renders - renders;
        // The search index's pieces move to a folder named by their hash whenever the index changes; its manifest stays put.
        var changed = second.Files.Where(f => !f.Path.StartsWith("search/", StringComparison.Ordinal) || f.Path == "search/index.json")
            .Where(f => first.Files.First(o => o.Path == f.Path).Content.AsSpan().SequenceEqual(f.Content) is false).ToList();

        // The account shows on the event's own page only (and is indexed for search: "nearing" is a new word);
        // the rest of the site must come back untouched.
        Assert.Equal(["events/azal-flight-8243-downed/index.html", "search/index.json"], changed.Select(f => f.Path));
        // One page ran again, the event's own; every other page was taken from the last build.
        Assert.Equal(1, rendered);
        Assert.True(cache.Reuses >= first.Html().Count() - 1);
    }

    [Fact]
    public void A_broken_file_is_reported_on_every_rebuild_until_fixed()
    {
        var pipeline = new SitePipeline(cache: new IncrementalCache());
        var original = File.ReadAllText(_repo.Combine(Briefing.Split('/')));
        Edit(Briefing, text => text.Replace("date: 2025-08-20", "date: 2025-13-45", StringComparison.Ordinal));

        var broken = pipeline.Render(_options);
        var again = pipeline.Render(_options);
        var expected = new SitePipeline().Render(_options);
        Edit(Briefing, _ => original);
        var fixedResult = pipeline.Render(_options);

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.File == Briefing && d.Line == 3);
        Assert.Equal(expected.Diagnostics, broken.Diagnostics);
        Assert.Equal(expected.Diagnostics, again.Diagnostics);
        Assert.True(fixedResult.Succeeded);
        Assert.Empty(fixedResult.Diagnostics);
    }

    [Fact]
    public void Invalidate_rereads_a_file_whose_stamp_did_not_change()
    {
        var cache = new IncrementalCache();
        var pipeline = new SitePipeline(cache: cache);
        pipeline.Render(_options);
        var path = _repo.Combine(Briefing.Split('/'));
        var stamp = File.GetLastWriteTimeUtc(path);
        Edit(Briefing, text => text.Replace("byline: \"Analytical team\"", "byline: \"Analytical teaM\"", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, stamp);

        var stale = pipeline.Render(_options);
        cache.Invalidate([path]);
        var current = pipeline.Render(_options);

        Assert.DoesNotContain("Analytical teaM", stale.Text(BriefingPage), StringComparison.Ordinal);
        Assert.Contains("Analytical teaM", current.Text(BriefingPage), StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_edit_to_an_event_keeps_the_briefings_part_and_makes_the_events_and_tension_again()
    {
        var cache = new IncrementalCache();
        var pipeline = new SitePipeline(cache: cache);
        var before = pipeline.Render(_options).Site!;

        Edit(Event, text => text.Replace("title: Russian air defences", "title: Russian air-defence fire", StringComparison.Ordinal));
        var after = pipeline.Render(_options).Site!;

        Assert.Same(before.Find<BriefingSet>(), after.Find<BriefingSet>());
        Assert.NotSame(before.Find<EventSet>(), after.Find<EventSet>());
        Assert.NotSame(before.Find<TensionPart>(), after.Find<TensionPart>());
        Assert.Contains(after.Events, e => e.Title == "Russian air-defence fire bring down AZAL flight 8243");
    }

    [Fact]
    public void Rebuilding_the_events_part_keeps_the_records_of_the_events_that_did_not_change()
    {
        var cache = new IncrementalCache();
        var pipeline = new SitePipeline(cache: cache);
        var before = pipeline.Render(_options).Site!.Events.ToDictionary(e => e.Slug, StringComparer.Ordinal);

        Edit(Event, text => text.Replace("title: Russian air defences", "title: Russian air-defence fire", StringComparison.Ordinal));
        var after = pipeline.Render(_options).Site!.Events;

        var edited = Assert.Single(after, e => e.Slug == "azal-flight-8243-downed");
        Assert.NotSame(before[edited.Slug], edited);
        Assert.All(after.Where(e => e != edited), e => Assert.Same(before[e.Slug], e));
    }

    [Fact]
    public void A_briefing_edit_makes_every_part_after_it_again()
    {
        var cache = new IncrementalCache();
        var pipeline = new SitePipeline(cache: cache);
        var before = pipeline.Render(_options).Site!;

        Edit(Briefing, text => text.Replace("\n---\n\n", "\n---\n\nA new first paragraph.\n\n", StringComparison.Ordinal));
        var after = pipeline.Render(_options).Site!;

        Assert.NotSame(before.Find<BriefingSet>(), after.Find<BriefingSet>());
        Assert.NotSame(before.Find<EventSet>(), after.Find<EventSet>());
    }

    [Fact]
    public void An_event_edit_keeps_what_the_other_events_cite_resolved_against_the_same_briefings()
    {
        var cache = new IncrementalCache();
        var pipeline = new SitePipeline(cache: cache);
        var before = pipeline.Render(_options).Site!.Find<EventSet>()!;
        var cited = before.Items.ToDictionary(e => e.Slug, before.Cited, StringComparer.Ordinal);

        Edit(Event, text => text.Replace("title: Russian air defences", "title: Russian air-defence fire", StringComparison.Ordinal));
        var after = pipeline.Render(_options).Site!.Find<EventSet>()!;

        var edited = Assert.Single(after.Items, e => e.Slug == "azal-flight-8243-downed");
        Assert.NotSame(cited[edited.Slug], after.Cited(edited));
        Assert.Contains(after.Cited(edited).Citations, c => c.View.Title == "Russian air-defence fire bring down AZAL flight 8243");
        Assert.All(after.Items.Where(e => e != edited), e => Assert.Same(cited[e.Slug], after.Cited(e)));
    }

    [Fact]
    public void A_cited_heading_reworded_reaches_the_unchanged_event_that_cites_it_and_the_briefing_that_lists_it()
    {
        const string cited = "input/briefings/breaking-bonds/v1.md";
        var pipeline = new SitePipeline(cache: new IncrementalCache());
        pipeline.Render(_options);

        // The same anchor (ids are made from the words, not their case), so the citation still holds but reads anew.
        Edit(cited, text => text.Replace("## The Downing of AZAL Flight 8243: A Catalyst for Tension", "## The downing of AZAL flight 8243: a catalyst for tension", StringComparison.Ordinal));
        var cachedBuild = pipeline.Render(_options);
        var fresh = new SitePipeline().Render(_options);

        Assert.True(cachedBuild.Succeeded, string.Join("\n", cachedBuild.Diagnostics));
        Assert.Contains("section “The downing of AZAL flight 8243: a catalyst for tension”", cachedBuild.Text("events/azal-flight-8243-downed/index.html"), StringComparison.Ordinal);
        Assert.Contains("section “The downing of AZAL flight 8243: a catalyst for tension”", cachedBuild.Text("briefings/breaking-bonds/index.html"), StringComparison.Ordinal);
        Assert.Equal(fresh.Files.Select(f => f.Path), cachedBuild.Files.Select(f => f.Path));
        foreach (var (expected, actual) in fresh.Files.Zip(cachedBuild.Files))
        {
            Assert.True(expected.Content.AsSpan().SequenceEqual(actual.Content), $"{actual.Path} differs from a fresh build");
        }
    }

    [Fact]
    public void A_cited_heading_removed_is_reported_for_the_unchanged_event_that_cites_it()
    {
        const string cited = "input/briefings/breaking-bonds/v1.md";
        var pipeline = new SitePipeline(cache: new IncrementalCache());
        Assert.True(pipeline.Render(_options).Succeeded);

        Edit(cited, text => text.Replace("## The Downing of AZAL Flight 8243: A Catalyst for Tension", "## The crash", StringComparison.Ordinal));
        var cachedBuild = pipeline.Render(_options);
        var fresh = new SitePipeline().Render(_options);

        Assert.Contains(cachedBuild.Diagnostics, d => d.File == Event && d.Message.Contains("has no section 'the-downing-of-azal-flight-8243-a-catalyst-for-tension'", StringComparison.Ordinal));
        Assert.Equal(fresh.Diagnostics, cachedBuild.Diagnostics);
    }

    [Fact]
    public void An_event_whose_date_moves_takes_its_place_among_the_events_kept_in_order()
    {
        var pipeline = new SitePipeline(cache: new IncrementalCache());
        var before = pipeline.Render(_options).Site!.Events.Select(e => e.Slug).ToList();

        // From the oldest events to among those of July 2025, between two of the same day (then ordered by slug).
        // The file name gives the date too, so the file is renamed as well.
        var path = _repo.Combine(Event.Split('/'));
        File.WriteAllText(path.Replace("2024-12-25-", "2025-07-01-", StringComparison.Ordinal), File.ReadAllText(path).Replace("date: 2024-12-25", "date: 2025-07-01", StringComparison.Ordinal));
        File.Delete(path);
        var cachedBuild = pipeline.Render(_options);
        Assert.True(cachedBuild.Succeeded, string.Join("\n", cachedBuild.Diagnostics));
        var cached = cachedBuild.Site!.Events.Select(e => e.Slug).ToList();
        var fresh = new SitePipeline().Render(_options).Site!.Events.Select(e => e.Slug).ToList();

        Assert.NotEqual(before, fresh);
        Assert.Equal(fresh, cached);
    }

    [Fact]
    public void A_cameo_edit_adapts_that_event_alone_for_the_tension_index_and_the_index_follows_it()
    {
        var pipeline = new SitePipeline(cache: new IncrementalCache());
        var before = pipeline.Render(_options).Site!;
        var adapted = before.Events.ToDictionary(e => e.Slug, e => before.Find<TensionPart>()!.Recorded[e], StringComparer.Ordinal);

        // From −10 to a cooperative code: the index of December 2024 and after moves.
        Edit(Event, text => text.Replace("cameo: \"190\"", "cameo: \"036\"", StringComparison.Ordinal));
        var cachedBuild = pipeline.Render(_options);
        var fresh = new SitePipeline().Render(_options).Site!;

        Assert.True(cachedBuild.Succeeded, string.Join("\n", cachedBuild.Diagnostics));
        var after = cachedBuild.Site!;
        var part = after.Find<TensionPart>()!;
        var edited = Assert.Single(after.Events, e => e.Slug == "azal-flight-8243-downed");
        Assert.NotSame(adapted[edited.Slug], part.Recorded[edited]);
        Assert.All(after.Events.Where(e => e != edited), e => Assert.Same(adapted[e.Slug], part.Recorded[e]));
        Assert.NotEqual(Index(before), Index(fresh));
        Assert.Equal(Index(fresh), Index(after));
    }

    private static List<string> Index(SiteModel site)
    {
        var tension = site.Find<TensionPart>()!.Tension!;
        return [.. tension.Months.Select(m => $"{m.Month} {m.T}"), .. tension.Revisions.Select(r => $"{r.Month} revised {r.Revisions.Count}")];
    }

    private void Edit(string relative, Func<string, string> change)
    {
        var path = _repo.Combine(relative.Split('/'));
        var before = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, change(File.ReadAllText(path)));
        // Some file systems keep coarse times; make sure the stamp moves as a real save would.
        File.SetLastWriteTimeUtc(path, before.AddSeconds(1));
    }

    [Fact]
    public void The_index_of_readers_follows_a_job_whose_documents_moved_among_its_reads_then_lost_one()
    {
        var cache = new IncrementalCache();
        var (a, b, c, x) = (new Read("a.md"), new Read("b.md"), new Read("c.md"), new Read("x.md"));
        void Build(params object[] reads)
        {
            cache.BeginBuild();
            cache.BeginRender("the same theme");
            cache.Render(new RenderJob("search/index.json", reads, () => new OutputFile("search/index.json", [])), file => new RenderedFile(file, null));
            cache.EndBuild();
        }

        Build(a, b, c);
        // The same files in another order (a date edit moves an event among the search index's reads): nothing to index,
        // but what is kept must line up with these reads, for the next build to be compared with them.
        Build(b, a, c);
        Build(x, a, c);

        Assert.Empty(cache.JobsReading([b]));
        Assert.All(new[] { a, c, x }, read => Assert.Single(cache.JobsReading([read])));
    }

    /// <summary>A document read by a job, equal only to itself.</summary>
    private sealed class Read(string path) : IContentDocument
    {
        public SourceFile File { get; } = new(path, path);

        public string Body => "";

        public int BodyFirstLine => 1;

        public FrontMatterHead Head { get; } = FrontMatterHead.Of(path, path, 0);
    }
}
