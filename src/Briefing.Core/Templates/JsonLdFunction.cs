using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>
/// <c>{{ json_ld Meta.JsonLd }}</c> writes a <c>&lt;script type="application/ld+json"&gt;</c> element
/// around the JSON text. HTML-encoding would corrupt it (a script's text is not decoded), so instead
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are written as JSON escapes: the tokenizer leaves a script data block only
/// at <c>&lt;</c>, so no text can close the element. The JSON writers escape them already; this makes
/// the element safe whatever text it is given.
/// </summary>
internal sealed class JsonLdFunction() : ThemeFunction("json", 1)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var json = Text(context, callerContext, arguments, "JSON text")
            .Replace("<", "\\u003C", StringComparison.Ordinal)
            .Replace(">", "\\u003E", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);
        context.Write("<script type=\"application/ld+json\">");
        context.Write(json);
        context.Write("</script>");
        return null;
    }
}
