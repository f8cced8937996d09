using Briefing.Core.Build;

namespace Briefing.Cli.Reporting;

/// <summary>
/// Shows a build's progress on standard error: drawn live when it is a terminal that understands ANSI
/// (<see cref="CliContext.Terminal"/>), as plain phase lines otherwise (CI logs, pipes, tests).
/// </summary>
public static class BuildProgressDisplay
{
    public static T Run<T>(CliContext context, Func<IBuildProgress, T> build) =>
        context.Terminal is { Profile.Capabilities: { Ansi: true, Interactive: true } } terminal
            ? LiveBuildProgress.Run(terminal, build)
            : build(new PlainBuildProgress(context.Error));
}
