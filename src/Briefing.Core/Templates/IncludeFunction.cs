using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>
/// <c>{{ include "tags" }}</c> writes <c>theme/partials/tags.sbn</c> in place; named values
/// (<c>include "event-summary" event: e</c>) become the partial's local variables (<c>$event</c>).
/// <para>
/// Scriban's own include renders the partial into an output of its own and returns it as a string, which the
/// escaping writer would then encode a second time. This one evaluates the partial straight into the page's
/// output, as Scriban's include does in every other respect (recursion guard, a local scope holding the
/// arguments, the partial's file name in errors): every value in it is encoded as it is written, and a list page
/// of 50 entries makes no 50 extra buffers and strings, which at 100,000 events was a large share of what a page
/// allocated.
/// </para>
/// </summary>
internal sealed class IncludeFunction() : ThemeFunction("name", 1)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = Text(context, callerContext, arguments, "the name of a partial");
        var caller = callerContext ?? context.CurrentNode;
        var path = context.GetTemplatePathFromName("partials/" + name, caller);
        var template = context.GetOrCreateTemplate(path!, caller);
        context.EnterRecursive(caller);
        // Named values are evaluated in the caller's scope, before the partial's own scope is pushed.
        var named = NamedValues(context, caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            foreach (var (variable, value) in named)
            {
                context.SetValue(ScriptVariable.Create(variable, ScriptVariableScope.Local), value, asReadOnly: false, force: true);
            }
            ((ThemeContext)context).WriteTemplate(template, path!);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
        }
        return null;
    }

    private static List<(string Name, object? Value)> NamedValues(TemplateContext context, ScriptNode? caller)
    {
        var values = new List<(string, object?)>();
        if (caller is ScriptFunctionCall call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                {
                    values.Add((name, value.Evaluate(context)));
                }
            }
        }
        return values;
    }
}
