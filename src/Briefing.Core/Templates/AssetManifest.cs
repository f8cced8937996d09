using System.Security.Cryptography;

namespace Briefing.Core.Templates;

/// <summary>
/// The theme's static files, each published under a content-hashed name
/// (<c>style.css</c> → <c>/assets/style.1a2b3c4d5e.css</c>) so that browsers may cache them forever.
/// </summary>
public sealed class AssetManifest
{
    private readonly SortedDictionary<string, Asset> _assets = new(StringComparer.Ordinal);

    public sealed record Asset(string Name, string Url, byte[] Content);

    public IEnumerable<Asset> All => _assets.Values;

    public static AssetManifest Load(string assetsDirectory)
    {
        var manifest = new AssetManifest();
        if (!Directory.Exists(assetsDirectory))
        {
            return manifest;
        }
        foreach (var path in Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(assetsDirectory, path).Replace('\\', '/');
            manifest.Add(name, File.ReadAllBytes(path));
        }
        return manifest;
    }

    public void Add(string name, byte[] content)
    {
        _assets[name] = new Asset(name, HashedUrl(name, content), content);
    }

    public bool TryGetUrl(string name, out string url)
    {
        var found = _assets.TryGetValue(name, out var asset);
        url = asset?.Url ?? "";
        return found;
    }

    internal static string HashedUrl(string name, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        return $"/assets/{stem}.{hash}{extension}";
    }
}
