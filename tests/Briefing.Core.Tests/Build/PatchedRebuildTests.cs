using Briefing.Core.Build;
using Briefing.Core.Site;
using Briefing.Testing;

namespace Briefing.Core.Tests.Build;

/// <summary>
/// A save that edits only the text of an event or a page is patched into the last build instead of rebuilding it
/// (<see cref="SitePipeline"/>): these tests hold when that happens, when it must not, and that what it reports
/// equals a fresh build's, problems included.
/// </summary>
public sealed class PatchedRebuildTests : IDisposable
{
    private const string Event = "input/events/2024-12-25-azal-flight-8243-downed.md";
    private const string EventPage = "events/azal-flight-8243-downed/index.html";
    private readonly TempDirectory _repo = new();
    private readonly BuildOptions _options;
    private readonly IncrementalCache _cache = new() { TrustChanges = true };
    private readonly SitePipeline _pipeline;

    public PatchedRebuildTests()
    {
        _repo.CopyFrom(RepoPaths.Input, "input");
        _repo.CopyFrom(RepoPaths.Theme, "theme");
        _options = new BuildOptions(_repo.Combine("input"), _repo.Combine("theme"), _repo.Combine("output"), _repo.Path);
        _pipeline = new SitePipeline(cache: _cache);
        Assert.True(_pipeline.Render(_options).Succeeded);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_text_edit_is_patched_and_shows_on_the_page()
    {
        var result = Save(Event, text => text + "\nA sentence added in the editor.\n");

        Assert.Equal(1, _cache.Patches);
        Assert.Contains("A sentence added in the editor.", result.Text(EventPage), StringComparison.Ordinal);
        AssertSameAsFresh(result);
    }

    [Fact]
    public void A_front_matter_edit_is_rebuilt_not_patched()
    {
        var result = Save(Event, text => text.Replace("title: Russian air defences", "title: Russian air-defence fire", StringComparison.Ordinal));

        Assert.Equal(0, _cache.Patches);
        Assert.Contains("Russian air-defence fire", result.Text(EventPage), StringComparison.Ordinal);
        AssertSameAsFresh(result);
    }

    [Fact]
    public void A_broken_link_typed_into_the_text_is_reported_as_a_fresh_build_reports_it_and_cleared_when_fixed()
    {
        var broken = Save(Event, text => text + "\nSee [the missing page](/events/no-such-event/).\n");

        Assert.Equal(1, _cache.Patches);
        Assert.False(broken.Succeeded);
        var problem = Assert.Single(broken.Diagnostics, d => d.IsError);
        Assert.Equal(Event, problem.File);
        Assert.Contains("/events/no-such-event/", problem.Message, StringComparison.Ordinal);
        AssertSameAsFresh(broken);

        var fixedAgain = Save(Event, text => text.Replace("\nSee [the missing page](/events/no-such-event/).\n", "\n", StringComparison.Ordinal));
        Assert.True(fixedAgain.Succeeded, string.Join("\n", fixedAgain.Diagnostics));
        AssertSameAsFresh(fixedAgain);
    }

    [Fact]
    public void Text_the_content_policy_refuses_is_not_patched_and_is_reported()
    {
        var result = Save(Event, text => text + "\n<script>alert(1)</script>\n");

        Assert.Equal(0, _cache.Patches);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.File == Event);
        AssertSameAsFresh(result);
    }

    [Fact]
    public void A_text_edit_after_a_rename_reaches_the_renamed_files_pages_and_the_search_index()
    {
        var renamed = "input/events/2024-12-25-azal-flight-8243-shot-down.md";
        File.Move(_repo.Combine(Event.Split('/')), _repo.Combine(renamed.Split('/')));
        _cache.Invalidate([_repo.Combine(Event.Split('/')), _repo.Combine(renamed.Split('/'))]);
        Assert.True(_pipeline.Render(_options).Succeeded);

        // The search index read the old file before the rename and the new one after: the edit must find it through the new path.
        var result = Save(renamed, text => text + "\nA word only this edit brings: quintessentially.\n");

        Assert.Equal(1, _cache.Patches);
        Assert.Contains("quintessentially", result.Text("search/index.json") + string.Concat(result.Files.Where(f => f.Path.Contains("/t/", StringComparison.Ordinal)).Select(f => result.Text(f.Path))), StringComparison.Ordinal);
        AssertSameAsFresh(result);
    }

    [Fact]
    public void A_date_edit_within_the_month_moves_the_event_in_the_search_index_as_a_fresh_build_and_a_later_text_edit_reaches_it()
    {
        // The 18th to the 7th: past the four events of the 8th, the two of the 10th and the one of the 11th; the file
        // is renamed with its date, so the search index reads the same documents but one, in another order.
        const string moved = "input/events/2025-08-07-socar-oil-depot-destroyed.md";
        var before = _repo.Combine("input/events/2025-08-18-socar-oil-depot-destroyed.md".Split('/'));
        var after = _repo.Combine(moved.Split('/'));
        File.WriteAllText(after, File.ReadAllText(before).Replace("date: 2025-08-18", "date: 2025-08-07", StringComparison.Ordinal));
        File.Delete(before);
        _cache.Invalidate([before, after]);
        var dated = _pipeline.Render(_options);

        Assert.True(dated.Succeeded, string.Join("\n", dated.Diagnostics));
        AssertSameAsFresh(dated);

        // The cache's index of who read which document must name the search index as a reader of the renamed file.
        var result = Save(moved, text => text + "\nA word only this edit brings: quintessentially.\n");

        Assert.Equal(1, _cache.Patches);
        Assert.Contains("quintessentially", string.Concat(result.Files.Where(f => f.Path.Contains("/t/", StringComparison.Ordinal)).Select(f => result.Text(f.Path))), StringComparison.Ordinal);
        AssertSameAsFresh(result);
    }

    [Fact]
    public void Text_edits_to_two_events_and_a_page_in_turn_are_patched_and_the_gathered_lists_follow()
    {
        Save(Event, text => text + "\nThe first edit.\n");
        Save("input/events/2024-12-28-putin-apologises-to-aliyev.md", text => text + "\nThe second edit.\n");
        var result = Save("input/pages/about.md", text => text + "\nThe third edit.\n");

        Assert.Equal(3, _cache.Patches);
        AssertSameAsFresh(result);
        // A patched model copies the lists it had gathered, one item replaced: they must be what gathering again gives.
        var site = result.Site!;
        Assert.Equal(site.Parts.SelectMany(p => p.Documents), site.Documents, ReferenceEqualityComparer.Instance);
        Assert.Equal(site.Parts.SelectMany(p => p.SearchDocuments).Select(s => s.Key), site.SearchSources.Select(s => s.Key), ReferenceEqualityComparer.Instance);
        Assert.Contains("The third edit.", HtmlText.Of(site.SearchSources.Select(s => s.Make()).Single(d => d.Url == "/about/").Body!), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_session_of_text_edits_keeps_one_site_in_the_cache()
    {
        Save(Event, text => text + "\nEdit 0.\n");
        var settled = _cache.Entries;
        for (var i = 1; i <= 30; i++)
        {
            var n = i;
            Save(Event, text => text.Replace($"\nEdit {n - 1}.\n", $"\nEdit {n}.\n", StringComparison.Ordinal));
        }

        Assert.Equal(31, _cache.Patches);
        Assert.Equal(settled, _cache.Entries);
    }

    [Fact]
    public void A_patched_model_is_let_go_once_later_saves_replace_it()
    {
        var first = PatchAndForget();
        for (var i = 1; i <= 5; i++)
        {
            var n = i;
            Save(Event, text => text + $"\nLater edit {n}.\n");
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Equal(6, _cache.Patches);
        Assert.False(first.IsAlive, "the model of the first patch is still reachable: each patch keeps the last one alive");
    }

    [Fact]
    public void A_text_edit_after_an_event_was_added_before_it_renders_the_edited_event()
    {
        // Every event after the new one moves one place on, and most keep their neighbours: their pages read the very
        // same objects as before, so the cache keeps their entries from the first build. The patch must then find the
        // edited event by what it is, not by the place it had when its job was made.
        var earlier = "input/events/2020-01-an-earlier-event.md";
        var copy = File.ReadAllText(_repo.Combine("input", "events", "2024-04-russian-peacekeepers-withdraw.md"))
            .Replace("date: 2024-04", "date: 2020-01", StringComparison.Ordinal)
            .Replace("title: Russian peacekeepers begin leaving Karabakh", "title: An earlier event", StringComparison.Ordinal);
        File.WriteAllText(_repo.Combine(earlier.Split('/')), copy);
        _cache.Invalidate([_repo.Combine(earlier.Split('/'))]);
        Assert.True(_pipeline.Render(_options).Succeeded);

        var result = Save("input/events/2025-02-03-russian-house-closed.md", text => text + "\nA sentence only this edit adds.\n");

        Assert.Equal(1, _cache.Patches);
        Assert.Contains("A sentence only this edit adds.", result.Text("events/russian-house-closed/index.html"), StringComparison.Ordinal);
        AssertSameAsFresh(result);
    }

    [Fact]
    public void A_model_is_let_go_once_later_builds_replace_it_though_its_pages_are_kept()
    {
        // A front-matter edit rebuilds the whole model; the next ones, of another event, keep the first rebuild's entries
        // for the pages it rendered that read the same objects since (the edited event's own page among them). Those
        // entries must not hold the model they were rendered from.
        var first = RebuildAndForget();
        var other = "input/events/2025-02-03-russian-house-closed.md";
        Assert.True(Save(other, text => text.Replace("title: ", "title: Edited, ", StringComparison.Ordinal)).Succeeded);
        Assert.True(Save(other, text => text.Replace("title: Edited, ", "title: Edited again, ", StringComparison.Ordinal)).Succeeded);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Equal(0, _cache.Patches);
        Assert.False(first.IsAlive, "the model of the first rebuild is still reachable through the cache's kept entries");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private WeakReference RebuildAndForget() => new(Save(Event, text => text.Replace("title: ", "title: Edited, ", StringComparison.Ordinal)).Site ?? throw new InvalidOperationException("the edit did not build"));

    // In its own method so that no local of the test keeps the model.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private WeakReference PatchAndForget() => new(Save(Event, text => text + "\nFirst edit.\n").Site);

    private BuildResult Save(string relative, Func<string, string> edit)
    {
        var path = _repo.Combine(relative.Split('/'));
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        _cache.Invalidate([path]);
        return _pipeline.Render(_options);
    }

    private void AssertSameAsFresh(BuildResult patched)
    {
        var fresh = new SitePipeline().Render(_options);
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), patched.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(fresh.Files.Select(f => f.Path), patched.Files.Select(f => f.Path));
        foreach (var (expected, actual) in fresh.Files.Zip(patched.Files))
        {
            Assert.True(expected.Content.AsSpan().SequenceEqual(actual.Content), $"{actual.Path} differs from a fresh build");
        }
    }
}
