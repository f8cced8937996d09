using Briefing.Core.Output;
using Briefing.Testing;

namespace Briefing.Cli.Tests.Security;

/// <summary>
/// <c>--output</c> values whose replacement would destroy or leak something are refused with exit 2
/// and a message naming the option, before anything is written anywhere.
/// </summary>
public sealed class OutputFolderTests
{
    private static TempDirectory Repository()
    {
        return TempDirectory.WithSite("01-minimal");
    }

    private static string Listing(string root) =>
        string.Join("\n", Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData(".", "would replace")]
    [InlineData("..", "would replace")]
    [InlineData("/", "would replace")]
    [InlineData("input", "would replace the input folder")]
    [InlineData("input/../input/", "would replace the input folder")]
    [InlineData("theme", "would replace the theme folder")]
    [InlineData("input/site", "is inside the input folder")]
    [InlineData("theme/assets/out", "is inside the theme folder")]
    [InlineData("notes.txt", "is a file")]
    [InlineData("docs", "a folder briefing did not build")]
    [InlineData("", "must name a folder")]
    [InlineData("   ", "must name a folder")]
    [InlineData("out\0put", "control character")]
    [InlineData("out\nput", "control character")]
    public void Dangerous_output_folders_are_refused_before_anything_is_written(string output, string message)
    {
        using var repo = Repository();
        repo.Write("notes.txt", "not a folder");
        repo.Write("docs/guide.md", "someone's documents");
        var before = Listing(repo.Path);

        var run = CliRun.InProcess(repo.Path, "build", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: --output", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Listing(repo.Path));
    }

    [Fact]
    public void An_empty_folder_and_a_folder_built_before_are_replaced()
    {
        using var repo = Repository();
        Directory.CreateDirectory(repo.Combine("site"));
        Assert.Equal(0, CliRun.InProcess(repo.Path, "build", "--output", "site").ExitCode);
        Assert.True(File.Exists(repo.Combine("site", AtomicSiteWriter.MarkerFile)));

        var run = CliRun.InProcess(repo.Path, "build", "--output", "site");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(repo.Combine("site", "index.html")));
    }

    [Fact]
    public void An_output_folder_outside_the_repository_is_allowed()
    {
        using var repo = Repository();
        using var elsewhere = new TempDirectory();
        var target = Path.Combine(elsewhere.Path, "public");

        var run = CliRun.InProcess(repo.Path, "build", "--output", target);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(target, "index.html")));
    }
}
