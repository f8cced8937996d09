using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>
/// <c>{{ wrap layout "base" }} … {{ end }}</c>: writes <c>theme/layouts/base.sbn</c>, which writes
/// the wrapped block where it says <c>{{ content }}</c>. The block runs where the layout puts it,
/// so its values are encoded as they are written, like any other.
/// </summary>
internal sealed class LayoutFunction() : ThemeFunction("name", 1)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var name = Text(context, callerContext, arguments, "the name of a layout");
        if (blockStatement is null)
        {
            throw new ScriptRuntimeException(span, $"a layout wraps the page: write {{{{ wrap layout \"{name}\" }}}} … {{{{ end }}}}");
        }
        var caller = callerContext ?? context.CurrentNode;
        var template = context.GetOrCreateTemplate(context.GetTemplatePathFromName("layouts/" + name, caller)!, caller);
        var theme = (ThemeContext)context;
        theme.LayoutBodies.Push(blockStatement);
        context.EnterRecursive(caller);
        try
        {
            context.Evaluate(template.Page!);
        }
        finally
        {
            context.ExitRecursive(caller);
            theme.LayoutBodies.Pop();
        }
        return null;
    }
}

/// <summary><c>{{ content }}</c>, in a layout: the block the page wrapped in it.</summary>
internal sealed class ContentFunction() : ThemeFunction("", 0)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var bodies = ((ThemeContext)context).LayoutBodies;
        if (bodies.Count == 0)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "content is only known inside a layout: a page writes {{ wrap layout \"base\" }} … {{ end }}");
        }
        context.Evaluate(bodies.Peek());
        return null;
    }
}
