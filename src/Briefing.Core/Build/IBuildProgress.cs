namespace Briefing.Core.Build;

/// <summary>
/// Told what a build is doing while it runs, so a front end can show it (the CLI draws it on a terminal, or
/// prints plain phase lines in a log). Calls come from the build's threads: <see cref="ItemDone"/> from many
/// at once. Every member does nothing unless implemented; <see cref="BuildProgress.None"/> implements none.
/// </summary>
public interface IBuildProgress
{
    /// <summary>A phase (load, model, render, links, write) begins.</summary>
    void PhaseStarted(string phase) { }

    /// <summary>The phase begun last ends, after <paramref name="elapsed"/>.</summary>
    void PhaseEnded(string phase, TimeSpan elapsed) { }

    /// <summary>The current phase has <paramref name="total"/> items to do (the render phase: one per file).</summary>
    void ItemsPlanned(int total) { }

    /// <summary>One more of the planned items is done; called from any thread.</summary>
    void ItemDone() { }
}

/// <summary>Progress nobody watches.</summary>
public static class BuildProgress
{
    public static IBuildProgress None { get; } = new Silent();

    private sealed class Silent : IBuildProgress;
}
