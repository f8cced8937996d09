using Briefing.Core.Output;
namespace Briefing.Core.Site;

/// <summary>Copies the theme's static files under their hashed names.</summary>
public sealed class AssetFiles : IPageGenerator
{
    public IEnumerable<string> Templates => [];

    public IEnumerable<Func<OutputFile>> Jobs(RenderContext context) =>
        context.Templates.Assets.All.Select(asset => (Func<OutputFile>)(() => new OutputFile(asset.Url.TrimStart('/'), asset.Content)));
}
