using HandlebarsDotNet;

namespace Briefing.Core.Templates;

/// <summary>The helpers templates may call. Kept few: formatting belongs in view models.</summary>
internal static class TemplateHelpers
{
    public static void Register(IHandlebars handlebars, AssetManifest assets)
    {
        // {{asset "style.css"}} → /assets/style.<hash>.css; an unknown asset is a build error.
        handlebars.RegisterHelper("asset", (writer, _, arguments) =>
        {
            var name = arguments.Length == 1 ? arguments[0] as string : null;
            if (name is null || !assets.TryGetUrl(name, out var url))
            {
                throw new HandlebarsRuntimeException($"asset '{name}' is not in theme/assets");
            }
            writer.WriteSafeString(url);
        });
    }
}
