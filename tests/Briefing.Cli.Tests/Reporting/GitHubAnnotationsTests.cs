using Briefing.Cli.Reporting;
using Briefing.Core.Diagnostics;

namespace Briefing.Cli.Tests.Reporting;

public class GitHubAnnotationsTests
{
    [Fact]
    public void An_error_becomes_an_error_command_with_file_line_column_and_field()
    {
        var line = GitHubAnnotations.Format(Diagnostic.Error("input/events/x.md", 4, 7, "must not be empty", "summary"));

        Assert.Equal("::error file=input/events/x.md,line=4,col=7::'summary': must not be empty", line);
    }

    [Fact]
    public void A_warning_becomes_a_warning_command_and_unknown_positions_become_line_1()
    {
        var line = GitHubAnnotations.Format(Diagnostic.Warning("theme/templates/page.sbn", 0, 0, "link '/a' works only where the server redirects it"));

        Assert.Equal("::warning file=theme/templates/page.sbn,line=1,col=1::link '/a' works only where the server redirects it", line);
    }

    [Fact]
    public void Percent_signs_newlines_and_separators_are_escaped_as_the_runner_expects()
    {
        var line = GitHubAnnotations.Format(Diagnostic.Error("input/a,b:c.md", 2, 1, "50% off\nsecond line"));

        Assert.Equal("::error file=input/a%2Cb%3Ac.md,line=2,col=1::50%25 off%0Asecond line", line);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    public void Active_only_when_GITHUB_ACTIONS_is_true(string? value, bool active)
    {
        Assert.Equal(active, GitHubAnnotations.IsActive(_ => value));
    }
}
