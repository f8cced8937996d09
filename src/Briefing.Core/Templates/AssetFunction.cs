using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary><c>{{ asset "style.css" }}</c> → <c>/assets/style.1a2b3c4d5e.css</c>; an asset the theme lacks is a build error.</summary>
internal sealed class AssetFunction(AssetManifest assets) : ThemeFunction("name", 1)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = Text(context, callerContext, arguments, "the name of a file in theme/assets");
        return assets.TryGetUrl(name, out var url)
            ? url
            : throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"asset '{name}' is not in theme/assets");
    }
}
