using Briefing.Core.Build;
using Briefing.Core.Output;

namespace Briefing.Testing;

/// <summary>Builds sites in memory for tests: the repository's theme unless a test brings its own.</summary>
public static class SiteBuilds
{
    /// <summary>Load, model and render <paramref name="inputDirectory"/> without writing anything.</summary>
    public static BuildResult Render(string inputDirectory, string? themeDirectory = null, string? displayRoot = null) =>
        new SitePipeline().Render(Options(inputDirectory, Path.Combine(Path.GetTempPath(), "unused-output"), themeDirectory, displayRoot));

    public static BuildOptions Options(string inputDirectory, string outputDirectory, string? themeDirectory = null, string? displayRoot = null) =>
        new(inputDirectory, themeDirectory ?? RepoPaths.Theme, outputDirectory, displayRoot ?? Path.GetDirectoryName(inputDirectory)!);

    /// <summary>The text of one rendered file, e.g. <c>briefings/x/index.html</c>; fails the test if it is missing.</summary>
    public static string Text(this BuildResult result, string path)
    {
        var file = result.Files.FirstOrDefault(f => f.Path == path)
            ?? throw new Xunit.Sdk.XunitException($"no file '{path}' was rendered; rendered: {string.Join(", ", result.Files.Select(f => f.Path).Take(50))}");
        return System.Text.Encoding.UTF8.GetString(file.Content);
    }

    public static bool Has(this BuildResult result, string path) => result.Files.Any(f => f.Path == path);

    public static IEnumerable<OutputFile> Html(this BuildResult result) =>
        result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
}
