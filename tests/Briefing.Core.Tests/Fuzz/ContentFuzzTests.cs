using System.Globalization;
using Xunit.Abstractions;

namespace Briefing.Core.Tests.Fuzz;

/// <summary>Fuzzing runs alone: its time limit and memory measure must not be shared with other tests.</summary>
[CollectionDefinition(nameof(SerialFuzz), DisableParallelization = true)]
public sealed class SerialFuzz;

/// <summary>
/// Mutated content never crashes, hangs or floods memory: every case renders or ends in located
/// diagnostics. CI runs 2,000 cases from a fixed seed; set <c>BRIEFING_FUZZ_CASES</c> (and
/// optionally <c>BRIEFING_FUZZ_SEED</c>) for a long run, e.g. <c>BRIEFING_FUZZ_CASES=100000</c>.
/// </summary>
[Collection(nameof(SerialFuzz))]
public sealed class ContentFuzzTests(ITestOutputHelper output)
{
    private const int DefaultCases = 2_000;
    private const int DefaultSeed = 20_251_122;

    [Fact]
    public void The_unmutated_seed_site_renders_so_that_mutations_start_from_valid_files()
    {
        using var site = new Briefing.Testing.TempDirectory();
        foreach (var (path, text) in FuzzSeeds.Files)
        {
            site.Write("input/" + path, text);
        }
        var result = Briefing.Testing.SiteBuilds.Render(site.Combine("input"), displayRoot: site.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Mutated_content_renders_or_reports_located_diagnostics_without_crash_hang_or_memory_blowup()
    {
        var cases = Setting("BRIEFING_FUZZ_CASES", DefaultCases);
        var seed = Setting("BRIEFING_FUZZ_SEED", DefaultSeed);
        using var runner = new FuzzRunner(TimeSpan.FromSeconds(Setting("BRIEFING_FUZZ_CASE_SECONDS", 15)), 2_000_000_000);

        var results = new List<FuzzResult>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var fuzzCase in FuzzCases.Generate(seed, cases))
        {
            var result = runner.Run(fuzzCase);
            results.Add(result);
            if (result.Outcome == FuzzOutcome.Hang)
            {
                break; // the runaway case still holds a thread; later timings would mean nothing
            }
        }

        var failures = results.Where(r => r.Outcome is not (FuzzOutcome.Rendered or FuzzOutcome.Diagnosed)).ToList();
        var summary = FormattableString.Invariant(
            $"fuzz seed {seed}: {results.Count} cases run, {results.Count(r => r.Outcome == FuzzOutcome.Rendered)} rendered, {results.Count(r => r.Outcome == FuzzOutcome.Diagnosed)} diagnosed, {Count(results, FuzzOutcome.UnhandledException)} unhandled exceptions, {Count(results, FuzzOutcome.Hang)} hangs, {Count(results, FuzzOutcome.UnlocatedDiagnostic)} unlocated diagnostics, {Count(results, FuzzOutcome.UnsafeOutput)} unsafe outputs, {Count(results, FuzzOutcome.ExcessiveMemory)} memory blow-ups; most allocated by one case {results.Max(r => r.AllocatedBytes) / 1_000_000} MB; {clock.Elapsed.TotalSeconds:F1} s in all");
        output.WriteLine(summary);
        foreach (var failure in failures.Take(30))
        {
            output.WriteLine($"#{failure.Case.Number} {failure.Case.File} [{failure.Case.Description}] {failure.Outcome}: {failure.Detail}");
        }
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures.Take(10).Select(f =>
            $"#{f.Case.Number} {f.Case.File} [{f.Case.Description}] {f.Outcome}: {f.Detail.Split('\n')[0]}")));
        Assert.Equal(cases, results.Count);
        Assert.True(results.Count(r => r.Outcome == FuzzOutcome.Rendered) > cases / 20, "almost no case rendered: the seed site itself may be invalid");
    }

    private static int Count(List<FuzzResult> results, FuzzOutcome outcome) => results.Count(r => r.Outcome == outcome);

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
