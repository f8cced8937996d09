using Briefing.Core.Build;
using Briefing.Core.Output;
using Briefing.Core.Site;
using Briefing.Testing;

namespace Briefing.Core.Tests.Build;

/// <summary>Two files for one path (case aside, as on a case-insensitive disk) fail the build once, naming the path.</summary>
public sealed class DuplicatePathsTests : IDisposable
{
    private readonly TempDirectory _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Paths_that_differ_only_in_case_are_one_error_naming_the_first()
    {
        _repo.CopyFrom(RepoPaths.Input, "input");
        _repo.CopyFrom(RepoPaths.Theme, "theme");
        var options = new BuildOptions(_repo.Combine("input"), _repo.Combine("theme"), _repo.Combine("output"), _repo.Path);
        var pipeline = new SitePipeline([.. Features.Default(), new Clashing()]);

        var result = pipeline.Render(options);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("two pages would be written to the same file 'clash/index.html': give one of them another slug", error.Message);
    }

    private sealed class Clashing : ISiteFeature, IPageGenerator
    {
        public IEnumerable<IPageGenerator> Generators => [this];

        public IEnumerable<string> Templates => [];

        public IEnumerable<RenderJob> Jobs(RenderContext context) =>
            new[] { "clash/index.html", "Clash/index.html", "CLASH/index.html" }.Select(path => new RenderJob(path, [], () => OutputFile.Text(path, "x")));
    }
}
