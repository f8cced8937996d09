using Briefing.Core.Build;
using Briefing.Core.Diagnostics;
using Briefing.Core.Output;
using Briefing.Core.Templates;
using Briefing.Testing;

namespace Briefing.Core.Tests.Fuzz;

/// <summary>How one case ended. Only <see cref="Rendered"/> and <see cref="Diagnosed"/> are acceptable.</summary>
internal enum FuzzOutcome
{
    Rendered,
    Diagnosed,
    UnhandledException,
    Hang,
    UnlocatedDiagnostic,
    UnsafeOutput,
    ExcessiveMemory,
}

internal sealed record FuzzResult(FuzzCase Case, FuzzOutcome Outcome, string Detail, long AllocatedBytes);

/// <summary>
/// Runs fuzz cases against the real pipeline (load, model, render) over a site in a temp folder,
/// each under a time limit, and classifies what happened.
/// </summary>
internal sealed class FuzzRunner : IDisposable
{
    private readonly TempDirectory _site = new();
    private readonly TimeSpan _timeLimit;
    private readonly long _memoryLimit;
    private readonly SitePipeline _pipeline = new();
    private readonly TemplateSet _theme;
    private string? _mutated;

    public FuzzRunner(TimeSpan timeLimit, long memoryLimitBytes)
    {
        _timeLimit = timeLimit;
        _memoryLimit = memoryLimitBytes;
        // The theme is not fuzzed: compiling it once keeps 2,000 cases within CI's time.
        _theme = TemplateSet.Load(RepoPaths.Theme, _site.Path, _pipeline.RequiredTemplates, ViewModelJson.Default, new DiagnosticBag())
            ?? throw new InvalidOperationException("the repository's theme does not load");
    }

    public FuzzResult Run(FuzzCase fuzzCase)
    {
        // No case depends on the one before: the file the last case mutated gets its seed text back
        // (the pipeline writes nothing into input/, so no other file can have changed). Rewriting every
        // seed file each time took a third of the fuzz test's time. A temp folder cleaned by something
        // else on a shared machine is simply recreated.
        if (_mutated is null || !File.Exists(_site.Combine("input", "site.yml")))
        {
            foreach (var (seedPath, text) in FuzzSeeds.Files)
            {
                _site.Write("input/" + seedPath, text);
            }
        }
        else
        {
            File.WriteAllText(InputPath(_mutated), FuzzSeeds.Files.Single(f => f.Path == _mutated).Text);
        }
        _mutated = fuzzCase.File;
        File.WriteAllBytes(InputPath(fuzzCase.File), fuzzCase.Content);
        return Classify(fuzzCase);
    }

    private string InputPath(string seedPath) => _site.Combine(["input", .. seedPath.Split('/')]);

    private FuzzResult Classify(FuzzCase fuzzCase)
    {
        var options = SiteBuilds.Options(_site.Combine("input"), _site.Combine("output"));
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var task = Task.Run(() => _pipeline.Render(options, theme: _theme));
        try
        {
            if (!task.Wait(_timeLimit))
            {
                return new FuzzResult(fuzzCase, FuzzOutcome.Hang, $"still running after {_timeLimit.TotalSeconds} s", 0);
            }
        }
        catch (AggregateException e)
        {
            return new FuzzResult(fuzzCase, FuzzOutcome.UnhandledException, e.InnerException!.ToString(), 0);
        }
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var result = task.Result;
        var (outcome, detail) = allocated > _memoryLimit
            ? (FuzzOutcome.ExcessiveMemory, $"allocated {allocated / 1_000_000} MB")
            : Check(result);
        return new FuzzResult(fuzzCase, outcome, detail, allocated);
    }

    private static (FuzzOutcome, string) Check(BuildResult result)
    {
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            var unlocated = errors.FirstOrDefault(d => d.Line < 1 || string.IsNullOrEmpty(d.File) || d.File == "input");
            return unlocated is null && errors.Count > 0
                ? (FuzzOutcome.Diagnosed, errors[0].ToString())
                : (FuzzOutcome.UnlocatedDiagnostic, unlocated?.ToString() ?? "failed without an error diagnostic");
        }
        var unsafePath = result.Files.FirstOrDefault(f => !OutputPaths.IsSafe(f.Path));
        if (unsafePath is not null)
        {
            return (FuzzOutcome.UnsafeOutput, $"would write '{unsafePath.Path}'");
        }
        var clash = result.Files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return clash is null
            ? (FuzzOutcome.Rendered, $"{result.Files.Count} files")
            : (FuzzOutcome.UnsafeOutput, $"two files at '{clash.Key}'");
    }

    public void Dispose() => _site.Dispose();
}
