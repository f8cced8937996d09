using System.Runtime.CompilerServices;
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
    // What a call site includes never changes while its theme is loaded: the partial, and a variable for each named value.
    // Resolved once per call site and name (a function belongs to one context, which one thread uses at a time): resolving
    // them on every call made a path string, a list and a variable per named value for every include of every page.
    private readonly Dictionary<(ScriptNode? Caller, string Name), CallSite> _sites = new(CallSiteKey.Comparer);

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = Text(context, callerContext, arguments, "the name of a partial");
        var caller = callerContext ?? context.CurrentNode;
        var site = SiteOf(context, caller, name);
        context.EnterRecursive(caller);
        // Named values are evaluated in the caller's scope, before the partial's own scope is pushed.
        var values = site.Named.Length == 0 ? [] : new object?[site.Named.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = site.Named[i].Value.Evaluate(context);
        }
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            for (var i = 0; i < values.Length; i++)
            {
                context.SetValue(site.Named[i].Variable, values[i], asReadOnly: false, force: true);
            }
            ((ThemeContext)context).WriteTemplate(site.Template, site.Path);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
        }
        return null;
    }

    private CallSite SiteOf(TemplateContext context, ScriptNode? caller, string name)
    {
        if (_sites.TryGetValue((caller, name), out var known))
        {
            return known;
        }
        // A partial that does not exist throws here, every time it is called, as Scriban's include does.
        var path = context.GetTemplatePathFromName("partials/" + name, caller)!;
        var site = new CallSite(path, context.GetOrCreateTemplate(path, caller), NamedArguments(caller));
        _sites[(caller, name)] = site;
        return site;
    }

    private static (ScriptVariable Variable, ScriptExpression Value)[] NamedArguments(ScriptNode? caller)
    {
        var named = new List<(ScriptVariable, ScriptExpression)>();
        if (caller is ScriptFunctionCall call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                {
                    named.Add((ScriptVariable.Create(name, ScriptVariableScope.Local), value));
                }
            }
        }
        return [.. named];
    }

    private sealed record CallSite(string Path, Template Template, (ScriptVariable Variable, ScriptExpression Value)[] Named);

    // Call sites are syntax nodes, told apart by identity: the theme parsed each once.
    private sealed class CallSiteKey : IEqualityComparer<(ScriptNode? Caller, string Name)>
    {
        public static readonly CallSiteKey Comparer = new();

        public bool Equals((ScriptNode? Caller, string Name) x, (ScriptNode? Caller, string Name) y) =>
            ReferenceEquals(x.Caller, y.Caller) && string.Equals(x.Name, y.Name, StringComparison.Ordinal);

        public int GetHashCode((ScriptNode? Caller, string Name) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Caller), StringComparer.Ordinal.GetHashCode(key.Name));
    }
}
