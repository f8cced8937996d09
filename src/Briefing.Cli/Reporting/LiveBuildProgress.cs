using Briefing.Core.Build;
using Spectre.Console.Rendering;
using Spectre.Console;

namespace Briefing.Cli.Reporting;

/// <summary>
/// Progress on a terminal, drawn in place by Spectre.Console: a row per phase with a bar, the files rendered out of
/// the total, and the time the phase has taken; finished rows stay, so the build leaves its profile on screen.
/// </summary>
public sealed class LiveBuildProgress : IBuildProgress
{
    private readonly ProgressContext _context;
    private ProgressTask? _current;

    private LiveBuildProgress(ProgressContext context) => _context = context;

    /// <summary>Runs <paramref name="build"/> with its progress drawn on <paramref name="console"/> until it returns.</summary>
    public static T Run<T>(IAnsiConsole console, Func<IBuildProgress, T> build) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new CountColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context => build(new LiveBuildProgress(context)));

    public void PhaseStarted(string phase)
    {
        _current = _context.AddTask(phase, autoStart: true, maxValue: 1);
        _current.IsIndeterminate = true;
    }

    public void ItemsPlanned(int total)
    {
        if (_current is { } task)
        {
            task.MaxValue = Math.Max(total, 1);
            task.IsIndeterminate = false;
        }
    }

    // ProgressTask takes a lock of its own in Increment, so the render threads may all call this.
    public void ItemDone() => _current?.Increment(1);

    public void PhaseEnded(string phase, TimeSpan elapsed)
    {
        if (_current is { } task)
        {
            task.IsIndeterminate = false;
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    /// <summary>"1234/14965" for a phase that counts its items (render); nothing for the others.</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            task.MaxValue > 1
                ? new Text(FormattableString.Invariant($"{task.Value:0}/{task.MaxValue:0} files"))
                : Text.Empty;
    }
}
