using Briefing.Core.Build;
using Briefing.Testing;

namespace Briefing.Core.Tests.Publishing;

/// <summary>
/// Sites rendered in memory for the publishing tests: the fixture <c>tests/fixtures/60-publishing</c>
/// (two briefings, one with a corrected second version, and a page), optionally served from another base URL.
/// </summary>
internal static class Published
{
    public const string Fixture = "60-publishing";

    public static BuildResult Render(string? baseUrl = null, string fixture = Fixture)
    {
        var options = SiteBuilds.Options(RepoPaths.Fixture(fixture), Path.Combine(Path.GetTempPath(), "unused-output")) with { BaseUrl = baseUrl };
        var result = new SitePipeline().Render(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    public static BuildResult RenderRepository()
    {
        var result = SiteBuilds.Render(RepoPaths.Input);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }
}
