using System.Globalization;
using Briefing.Core.Build;

namespace Briefing.Cli.Reporting;

/// <summary>
/// Progress for a log (CI, a pipe): one line as each phase starts, and for a long render a line at each tenth
/// done, each stamped with the seconds since the build began. Plain text only, no control characters, so a log
/// reads the same in any viewer.
/// </summary>
public sealed class PlainBuildProgress(TextWriter writer) : IBuildProgress
{
    /// <summary>Below this many files a render is quick: no lines in between.</summary>
    public const int MilestonesFrom = 1000;

    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();
    private readonly Lock _writing = new();
    private int _total;
    private int _done;
    private int _nextTenth;

    public void PhaseStarted(string phase) => Line(phase);

    public void ItemsPlanned(int total)
    {
        _total = total;
        _done = 0;
        _nextTenth = 1;
        Line($"{total} files to render");
    }

    public void ItemDone()
    {
        var done = Interlocked.Increment(ref _done);
        if (_total < MilestonesFrom || done * 10L < _nextTenth * (long)_total)
        {
            return;
        }
        lock (_writing)
        {
            // Threads race past a tenth together: the first to take the lock writes it, the rest find it written.
            while (_nextTenth < 10 && done * 10L >= _nextTenth * (long)_total)
            {
                Line($"{_nextTenth * 10}% rendered ({done} of {_total})");
                _nextTenth++;
            }
        }
    }

    private void Line(string text)
    {
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(_started).TotalSeconds;
        lock (_writing)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{seconds:0.0} s] {text}"));
        }
    }
}
