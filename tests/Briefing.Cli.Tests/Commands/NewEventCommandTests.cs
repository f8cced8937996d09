using Briefing.Testing;

namespace Briefing.Cli.Tests.Commands;

/// <summary><c>briefing new event</c>: a new event file that <c>check</c> walks the author through.</summary>
public class NewEventCommandTests
{
    private const string EventPath = "input/events/2025-03-10-drone-strike-on-a-socar-depot.md";

    private static TempDirectory Site()
    {
        var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        return site;
    }

    private static CliRun.Outcome New(TempDirectory site, params string[] args) =>
        CliRun.InProcess(site.Path, ["new", "event", .. args]);

    [Fact]
    public void Writes_the_event_file_with_every_required_field_and_commented_optional_ones()
    {
        using var site = Site();

        var run = New(site, "Drone strike on a SOCAR depot", "--date", "2025-03-10", "--cameo", "195", "--actors", "RUS:MIL,AZE");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote {EventPath}: fill in the empty fields and the account, then run 'briefing check'.\n", run.Out);
        Snapshot.Match(File.ReadAllText(site.Combine(EventPath)), "md");
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_event()
    {
        using var site = Site();
        site.Write(EventPath, "mine\n");

        var run = New(site, "Drone strike on a SOCAR depot", "--date", "2025-03-10");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {EventPath} already exists; edit it, or choose another title\n", run.Error);
        Assert.Equal("mine\n", File.ReadAllText(site.Combine(EventPath)));
    }

    [Theory]
    [InlineData("--date", "2025-13-01")]
    [InlineData("--cameo", "1999")]
    [InlineData("--actors", "RUSSIA,AZE")]
    public void Invalid_options_write_nothing_and_exit_2(string option, string value)
    {
        using var site = Site();
        string[] args = option == "--date" ? ["Title", option, value] : ["Title", "--date", "2025-03-10", option, value];

        var run = New(site, args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {option}: ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Combine("input", "events")));
    }

    [Fact]
    public void Check_points_at_exactly_the_fields_left_empty()
    {
        using var site = Site();
        New(site, "Drone strike on a SOCAR depot", "--date", "2025-03-10", "--cameo", "195", "--actors", "RUS:MIL,AZE");

        var run = CliRun.InProcess(site.Path, ["check", "--theme", RepoPaths.Theme]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{EventPath}:6:1: error: 'location': must not be empty",
                $"{EventPath}:15:5: error: 'sources[0].briefing': must not be empty",
                $"{EventPath}:17:5: error: 'sources[0].section': must not be empty",
                $"{EventPath}:21:1: error: 'summary': must not be empty",
            ],
            run.ErrorLines);
    }

    [Fact]
    public void Once_the_empty_fields_are_filled_the_site_checks_clean()
    {
        using var site = Site();
        New(site, "Drone strike on a SOCAR depot", "--date", "2025-03-10", "--cameo", "195", "--actors", "RUS:MIL,AZE");
        var path = site.Combine(EventPath);
        var text = File.ReadAllText(path)
            .Replace("location: \"\"", "location: Odesa, Ukraine", StringComparison.Ordinal)
            .Replace("briefing: \"\"", "briefing: first-look", StringComparison.Ordinal)
            .Replace("section: \"\"", "section: background", StringComparison.Ordinal)
            .Replace("summary: \"\"", "summary: A drone hits a fuel depot owned by SOCAR.", StringComparison.Ordinal);
        File.WriteAllText(path, text + "A short account.\n");

        var run = CliRun.InProcess(site.Path, ["check", "--theme", RepoPaths.Theme]);

        Assert.True(run.ExitCode == 0, run.Error);
    }
}
