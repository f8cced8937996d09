using Briefing.Core.Build;
using Briefing.Core.Site;
using Briefing.Testing;

namespace Briefing.Core.Tests.Site;

public class ModelPacerTests
{
    /// <summary>Counts the bodies it is told of, and remembers whether any came after the model phase.</summary>
    private sealed class CountingPacer : IModelPacer
    {
        private int _bodies;

        public int Bodies => Volatile.Read(ref _bodies);

        public bool ModelPhaseOver { get; set; }

        public bool ToldAfterModel { get; private set; }

        /// <summary>How many times the model was said to be built, and how many bodies had been told of by then.</summary>
        public List<int> ModelsBuilt { get; } = [];

        /// <summary>Whether the render phase had started when the model was said to be built.</summary>
        public bool BuiltToldLate { get; private set; }

        public void BodyStarting()
        {
            Interlocked.Increment(ref _bodies);
            ToldAfterModel |= ModelPhaseOver;
        }

        public void ModelBuilt()
        {
            ModelsBuilt.Add(Bodies);
            BuiltToldLate |= ModelPhaseOver;
        }
    }

    /// <summary>Marks the pacer when the render phase starts.</summary>
    private sealed class PhaseWatch(CountingPacer pacer) : IBuildProgress
    {
        public void PhaseStarted(string phase) => pacer.ModelPhaseOver |= phase == "render";
    }

    [Fact]
    public void The_pacer_is_told_before_each_body_the_model_phase_renders_and_only_then()
    {
        using var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        site.Write("input/pages/second.md", "---\ntitle: Second\n---\nA second page.\n");
        site.Write("input/pages/third.md", "---\ntitle: Third\n---\nA third page.\n");
        var pacer = new CountingPacer();
        var options = SiteBuilds.Options(site.Combine("input"), site.Combine("output"), displayRoot: site.Path) with { Pacer = pacer, Progress = new PhaseWatch(pacer) };

        var result = new SitePipeline().Render(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // Two briefings of one version each, the fixture's about page and the two pages written here.
        Assert.Equal(5, pacer.Bodies);
        Assert.False(pacer.ToldAfterModel);
        // Told once that the model is built: after its last body, before the render phase.
        Assert.Equal([5], pacer.ModelsBuilt);
        Assert.False(pacer.BuiltToldLate);
    }

    [Fact]
    public void A_model_with_errors_is_not_said_to_be_built()
    {
        using var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        site.Write("input/pages/broken.md", "---\ntitle: [unclosed\n---\nA page.\n");
        var pacer = new CountingPacer();
        var options = SiteBuilds.Options(site.Combine("input"), site.Combine("output"), displayRoot: site.Path) with { Pacer = pacer };

        var result = new SitePipeline().Render(options);

        Assert.False(result.Succeeded);
        Assert.Empty(pacer.ModelsBuilt);
    }

    [Fact]
    public void A_build_without_a_pacer_paces_nothing_and_builds_the_same_site()
    {
        using var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        var plain = SiteBuilds.Options(site.Combine("input"), site.Combine("output"), displayRoot: site.Path);
        Assert.Same(ModelPacer.None, plain.Pacer);

        var paced = new SitePipeline().Render(plain with { Pacer = new CountingPacer() });
        var unpaced = new SitePipeline().Render(plain);

        Assert.Equal(unpaced.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))), paced.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))));
    }
}
