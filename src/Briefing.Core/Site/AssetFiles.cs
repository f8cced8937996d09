using Briefing.Core.Output;
namespace Briefing.Core.Site;

/// <summary>Copies the theme's static files under their hashed names.</summary>
public sealed class AssetFiles : IPageGenerator
{
    public IEnumerable<string> Templates => [];

    public IEnumerable<RenderJob> Jobs(RenderContext context) =>
        context.Templates.Assets.All.Select(asset => new RenderJob(asset.Url.TrimStart('/'), [], () => new OutputFile(asset.Url.TrimStart('/'), asset.Content)));
}
