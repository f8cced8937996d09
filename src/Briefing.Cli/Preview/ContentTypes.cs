using Microsoft.AspNetCore.StaticFiles;

namespace Briefing.Cli.Preview;

/// <summary>The <c>Content-Type</c> of a site file, from its extension; text types say they are UTF-8.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = CreateProvider();

    public static string For(string path)
    {
        if (!Provider.TryGetContentType(path, out var type))
        {
            return "application/octet-stream";
        }
        var text = type.StartsWith("text/", StringComparison.Ordinal)
            || type is "application/javascript" or "application/json" or "application/xml" or "application/rss+xml"
                or "application/atom+xml" or "image/svg+xml" or "application/manifest+json";
        return text ? type + "; charset=utf-8" : type;
    }

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "application/javascript";
        provider.Mappings[".mjs"] = "application/javascript";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".pf_meta"] = "application/octet-stream";
        return provider;
    }
}
