using Briefing.Testing;

namespace Briefing.Cli.Tests.Commands;

public class NewVersionCommandTests
{
    private const string Folder = "input/briefings/harbour-levy";

    private static TempDirectory Repository()
    {
        var repo = new TempDirectory();
        repo.CopyFrom(RepoPaths.Fixture("03-versions"), "input");
        repo.CopyFrom(RepoPaths.Theme, "theme");
        return repo;
    }

    [Fact]
    public void New_version_copies_the_latest_with_the_new_date_and_a_changes_stub()
    {
        using var repo = Repository();

        var run = CliRun.InProcess(repo.Path, "new", "version", "harbour-levy", "--date", "2025-04-01");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Wrote {Folder}/v4.md from v3.md.", run.Out, StringComparison.Ordinal);
        var draft = File.ReadAllText(repo.Combine(Folder, "v4.md"));
        Assert.StartsWith(
            "---\ntitle: The harbour levy\ndate: 2025-04-01\nsummary: A port town adopts a levy on visiting ships.\nbyline: Fixture desk\ntags: [ports]\n" +
            "changes:\n  - type: correction | update | clarification\n" +
            "    text: \"Say what this version changes; for a correction, what was wrong and what it now says.\"\n---\n",
            draft, StringComparison.Ordinal);
        var body = File.ReadAllText(repo.Combine(Folder, "v3.md")).Split("---\n", 3)[2];
        Assert.EndsWith(body, draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_does_not_build_until_the_stub_type_is_replaced()
    {
        using var repo = Repository();
        Assert.Equal(0, CliRun.InProcess(repo.Path, "new", "version", "harbour-levy", "--date", "2025-04-01").ExitCode);

        var unfinished = CliRun.InProcess(repo.Path, "build");

        Assert.Equal(1, unfinished.ExitCode);
        Assert.Contains($"{Folder}/v4.md:8:5: error: 'changes[0].type': 'correction | update | clarification' is not a change type", unfinished.Error, StringComparison.Ordinal);

        var path = repo.Combine(Folder, "v4.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("correction | update | clarification", "update", StringComparison.Ordinal));
        Assert.Equal(0, CliRun.InProcess(repo.Path, "build").ExitCode);
        Assert.True(File.Exists(repo.Combine("output", "briefings", "harbour-levy", "v4", "index.html")));
        Assert.True(File.Exists(repo.Combine("output", "briefings", "harbour-levy", "diff", "v3-v4", "index.html")));
    }

    [Fact]
    public void New_version_refuses_to_overwrite_what_is_at_the_next_version_path()
    {
        using var repo = Repository();
        Directory.CreateDirectory(repo.Combine(Folder, "v4.md"));

        var run = CliRun.InProcess(repo.Path, "new", "version", "harbour-levy", "--date", "2025-04-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Folder}/v4.md already exists", run.Error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(repo.Combine(Folder, "v4.md")));
    }

    [Fact]
    public void New_version_refuses_to_start_another_while_the_latest_still_has_the_stub()
    {
        using var repo = Repository();
        Assert.Equal(0, CliRun.InProcess(repo.Path, "new", "version", "harbour-levy", "--date", "2025-04-01").ExitCode);

        var again = CliRun.InProcess(repo.Path, "new", "version", "harbour-levy", "--date", "2025-04-02");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"{Folder}/v4.md still has the changes: stub", again.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(repo.Combine(Folder, "v5.md")));
    }

    [Fact]
    public void New_version_of_a_briefing_that_does_not_exist_exits_1_and_writes_nothing()
    {
        using var repo = Repository();

        var run = CliRun.InProcess(repo.Path, "new", "version", "no-such-briefing");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("there is no briefing 'no-such-briefing'", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(repo.Combine("input", "briefings", "no-such-briefing")));
    }

    [Theory]
    [InlineData("../escape", null)]
    [InlineData("harbour-levy", "1 April 2025")]
    public void New_version_with_a_bad_slug_or_date_is_a_usage_error(string slug, string? date)
    {
        using var repo = Repository();
        string[] args = date is null ? ["new", "version", slug] : ["new", "version", slug, "--date", date];

        var run = CliRun.InProcess(repo.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(repo.Combine(Folder, "v4.md")));
    }
}
