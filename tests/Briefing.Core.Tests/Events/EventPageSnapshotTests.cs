using System.Text.RegularExpressions;
using Briefing.Core.Pages;
using Briefing.Testing;

namespace Briefing.Core.Tests.Events;

/// <summary>Whole built event pages of the 04-events fixture, compared with verified snapshots.</summary>
public sealed partial class EventPageSnapshotTests
{
    private static readonly Lazy<Core.Build.BuildResult> Fixture = new(() => SiteBuilds.Render(RepoPaths.Fixture("04-events")));

    [Fact]
    public void Fixture_event_page() => Snapshot.Match(Page("events/patrol-boats-exchange-fire/index.html"));

    [Fact]
    public void Fixture_month_precision_event_page() => Snapshot.Match(Page("events/talks-resume/index.html"));

    [Fact]
    public void Fixture_timeline() => Snapshot.Match(Page("events/index.html"));

    [Fact]
    public void Fixture_actor_page() => Snapshot.Match(Page("actors/aze/index.html"));

    // Stylesheet names carry a hash of their content; without this, any CSS edit would change every snapshot.
    private static string Page(string path)
    {
        Assert.True(Fixture.Value.Succeeded, string.Join("\n", Fixture.Value.Diagnostics));
        return AssetHash().Replace(Fixture.Value.Text(path), "$1.HASH$2");
    }

    [GeneratedRegex(@"(/assets/[\w/-]+)\.[0-9a-f]{10}(\.\w+)")]
    private static partial Regex AssetHash();
}
