namespace Briefing.Core.Site;

/// <summary>The theme's assets (stylesheets, scripts, icons), copied with a content hash in their names.</summary>
public sealed class AssetsFeature : ISiteFeature
{
    public IEnumerable<string> Sections => ["assets"];

    public IEnumerable<IPageGenerator> Generators => [new AssetFiles()];
}
