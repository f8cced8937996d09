namespace Briefing.Core.Site;

/// <summary>
/// Told before the model phase renders each Markdown body, from whichever of its threads renders it, and once when the
/// model is built, so that the process hosting the build can pace its garbage collector to that work. The model phase
/// is where a large build allocates most (Markdig's syntax trees: about 770 MiB of the 1,000 MiB a build of 10,000
/// pages allocates), nearly all of it garbage once the body is rendered. The CLI's one-shot builds pace it
/// (<c>ModelCollections</c>); the preview server and the tests leave it to the collector (<see cref="ModelPacer.None"/>).
/// Output never depends on it.
/// </summary>
public interface IModelPacer
{
    /// <summary>A body is about to be rendered.</summary>
    void BodyStarting() { }

    /// <summary>The model is built without errors, and the render phase is about to start.</summary>
    void ModelBuilt() { }
}

/// <summary>Pacing nobody asked for.</summary>
public static class ModelPacer
{
    public static IModelPacer None { get; } = new Idle();

    private sealed class Idle : IModelPacer;
}
