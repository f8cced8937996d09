namespace Briefing.Core.Tests.Build;

/// <summary>
/// A test on a corpus made by <c>bench/make-product-corpus.py</c>: it needs python3, which CI installs and the
/// machines here have, but a newcomer's machine with only the .NET SDK may lack. There the test is skipped, saying why.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProductCorpusFactAttribute : FactAttribute
{
    public ProductCorpusFactAttribute()
    {
        if (!HasPython())
        {
            Skip = "python3 is not on the PATH: it generates the product corpus (bench/make-product-corpus.py).";
        }
    }

    private static bool HasPython() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, "python3")));
}
