using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>
/// <c>{{ include "tags" }}</c> writes <c>theme/partials/tags.sbn</c> in place; named values
/// (<c>include "event-summary" event: e</c>) become the partial's local variables (<c>$event</c>).
/// Scriban's own include returns the partial's text as a string, which the escaping writer would
/// then encode a second time; this one writes it straight to the page, since every value in it was
/// already encoded as the partial ran.
/// </summary>
internal sealed class IncludeFunction() : ThemeFunction("name", 1)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = Text(context, callerContext, arguments, "the name of a partial");
        var caller = callerContext ?? context.CurrentNode;
        var path = context.GetTemplatePathFromName("partials/" + name, caller);
        var template = context.GetOrCreateTemplate(path!, caller);
        context.Write(context.RenderTemplate(template, arguments, caller));
        return null;
    }
}
