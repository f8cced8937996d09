using System.Text.RegularExpressions;
using Briefing.Core.Pages;
using Briefing.Testing;

namespace Briefing.Core.Tests.Briefings;

/// <summary>Whole pages of the three-version fixture briefing (tests/fixtures/03-versions), compared with verified snapshots.</summary>
public partial class VersionPageSnapshotTests
{
    private static readonly Lazy<Core.Build.BuildResult> Fixture = new(() => SiteBuilds.Render(RepoPaths.Fixture("03-versions")));

    [Fact]
    public void History_page() => Snapshot.Match(Page("briefings/harbour-levy/history/index.html"));

    [Fact]
    public void Diff_page() => Snapshot.Match(Page("briefings/harbour-levy/diff/v2-v3/index.html"));

    [Fact]
    public void Older_version_page() => Snapshot.Match(Page("briefings/harbour-levy/v2/index.html"));

    [Fact]
    public void Latest_version_page() => Snapshot.Match(Page("briefings/harbour-levy/index.html"));

    // The stylesheet's name carries a hash of its content; any edit to the CSS would otherwise change every snapshot.
    private static string Page(string path)
    {
        Assert.True(Fixture.Value.Succeeded, string.Join("\n", Fixture.Value.Diagnostics));
        return AssetHash().Replace(Fixture.Value.Text(path), "$1.HASH$2");
    }

    [GeneratedRegex(@"(/assets/[\w/-]+)\.[0-9a-f]{10}(\.\w+)")]
    private static partial Regex AssetHash();
}
