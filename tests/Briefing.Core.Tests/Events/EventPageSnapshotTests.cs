using Briefing.Testing;

namespace Briefing.Core.Tests.Events;

/// <summary>Whole built event pages of the 04-events fixture, compared with verified snapshots.</summary>
public sealed class EventPageSnapshotTests
{
    private static readonly Lazy<Core.Pipeline.BuildResult> Fixture = new(() => SiteBuilds.Render(RepoPaths.Fixture("04-events")));

    [Fact]
    public void Fixture_event_page() => Snapshot.Match(Fixture.Value.Text("events/patrol-boats-exchange-fire/index.html"));

    [Fact]
    public void Fixture_month_precision_event_page() => Snapshot.Match(Fixture.Value.Text("events/talks-resume/index.html"));

    [Fact]
    public void Fixture_timeline() => Snapshot.Match(Fixture.Value.Text("events/index.html"));

    [Fact]
    public void Fixture_actor_page() => Snapshot.Match(Fixture.Value.Text("actors/aze/index.html"));
}
