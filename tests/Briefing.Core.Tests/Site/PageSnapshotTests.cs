using Briefing.Testing;

namespace Briefing.Core.Tests.Site;

/// <summary>Whole built pages of the fixture site and of the real publication, compared with verified snapshots.</summary>
public class PageSnapshotTests
{
    private static readonly Lazy<Core.Build.BuildResult> Fixture = new(() => SiteBuilds.Render(RepoPaths.Fixture("01-minimal")));

    [Fact]
    public void Fixture_home() => Snapshot.Match(Fixture.Value.Text("index.html"));

    [Fact]
    public void Fixture_briefing() => Snapshot.Match(Fixture.Value.Text("briefings/first-look/index.html"));

    [Fact]
    public void Fixture_briefing_list() => Snapshot.Match(Fixture.Value.Text("briefings/index.html"));

    [Fact]
    public void Fixture_about() => Snapshot.Match(Fixture.Value.Text("about/index.html"));

    [Fact]
    public void Fixture_not_found() => Snapshot.Match(Fixture.Value.Text("404.html"));
}
