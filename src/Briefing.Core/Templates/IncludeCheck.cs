using Briefing.Core.Diagnostics;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>
/// Finds, when the theme loads, every <c>include "…"</c> and <c>layout "…"</c> whose file does not
/// exist, so that a misspelt partial is reported at its line even in a branch no page reaches.
/// Names computed while rendering are checked then, by <see cref="ThemeLoader"/>.
/// </summary>
internal sealed class IncludeCheck(ThemeLoader loader, DiagnosticBag diagnostics) : ScriptVisitor
{
    private static readonly Dictionary<string, string> Folders = new(StringComparer.Ordinal)
    {
        ["include"] = "partials/",
        ["layout"] = "layouts/",
    };

    public bool Ok { get; private set; } = true;

    public void Check(Template template) => Visit(template.Page);

    public override void Visit(ScriptFunctionCall node)
    {
        if (node.Target is ScriptVariable { Name: var function } && Folders.TryGetValue(function, out var folder)
            && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name }
            && loader.Resolve(folder + name, out var problem) is null)
        {
            var start = node.Arguments[0].Span.Start;
            diagnostics.Error(node.Span.FileName, start.Line + 1, start.Column + 1, $"{function} \"{name}\": {problem}");
            Ok = false;
        }
        base.Visit(node);
    }
}
