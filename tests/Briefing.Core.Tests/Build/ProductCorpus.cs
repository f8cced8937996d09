using System.Diagnostics;
using Briefing.Testing;

namespace Briefing.Core.Tests.Build;

/// <summary>
/// An input folder written by <c>bench/make-product-corpus.py</c> (seeded, so the same size gives the same bytes):
/// the product's shape at a chosen number of events, with extra <c>site.yml</c> lines when a test needs them.
/// </summary>
internal sealed class ProductCorpus : IDisposable
{
    private readonly TempDirectory _temp = new();

    public ProductCorpus(int events, string siteLines = "")
    {
        Input = _temp.Combine("input");
        var script = Path.Combine(RepoPaths.Root, "bench", "make-product-corpus.py");
        var start = new ProcessStartInfo("python3", [script, Input, events.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"make-product-corpus.py failed ({process.ExitCode}): {errors.Result}");
        }
        File.AppendAllText(Path.Combine(Input, "site.yml"), siteLines);
    }

    public string Input { get; }

    public void Dispose() => _temp.Dispose();
}
