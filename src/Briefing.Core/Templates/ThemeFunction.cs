using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>
/// A function templates may call. Written against Scriban's <see cref="IScriptCustomFunction"/> rather
/// than imported from a .NET method, because importing reflects over methods and would not survive
/// Native AOT trimming. Each function takes at most one positional argument, a string.
/// </summary>
internal abstract class ThemeFunction(string parameter, int required) : IScriptCustomFunction
{
    public int RequiredParameterCount => required;

    public int ParameterCount => parameter.Length == 0 ? 0 : 1;

    // Direct: arguments arrive as written, so include can also take named values (include "tags" x: 1).
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? parameter : "value");

    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The one string argument, or a located error naming what was expected.</summary>
    protected static string Text(TemplateContext context, ScriptNode? caller, ScriptArray arguments, string what)
    {
        if (arguments.Count > 0 && arguments[0] is string text)
        {
            return text;
        }
        throw new ScriptRuntimeException(caller?.Span ?? context.CurrentSpan, $"expected {what} as a string");
    }
}
