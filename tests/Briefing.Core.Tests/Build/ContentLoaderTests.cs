using Briefing.Core.Build;
using Briefing.Core.Diagnostics;
using Briefing.Core.Events;
using Briefing.Core.Site;
using Briefing.Testing;

namespace Briefing.Core.Tests.Build;

public class ContentLoaderTests
{
    private static IReadOnlyList<EventFile> Events(IncrementalCache? cache)
    {
        var kinds = Features.Default().OfType<IContentKind>().ToList();
        var diagnostics = new DiagnosticBag();
        var loaded = new ContentLoader(RepoPaths.Input, RepoPaths.Root, kinds, cache).Load(diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return [.. kinds.SelectMany(loaded.Of).OfType<EventFile>()];
    }

    [Fact]
    public void A_build_without_a_cache_holds_each_body_in_the_store_and_no_file_text()
    {
        var events = Events(cache: null);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("", e.Document.File.Text));
        Assert.All(events, e => Assert.False(string.IsNullOrWhiteSpace(e.Document.Body), e.Slug));
    }

    [Fact]
    public void A_build_with_a_cache_keeps_the_file_text_it_compares_next_time_and_reads_the_same_bodies()
    {
        var stored = Events(cache: null);
        var kept = Events(new IncrementalCache());
        Assert.All(kept, e => Assert.StartsWith("---\n", e.Document.File.Text, StringComparison.Ordinal));
        Assert.Equal(stored.Select(e => e.Document.Body), kept.Select(e => e.Document.Body));
        Assert.Equal(stored.Select(e => e.Document.Head), kept.Select(e => e.Document.Head));
    }
}
