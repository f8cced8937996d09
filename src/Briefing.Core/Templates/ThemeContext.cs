using System.Collections;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>
/// The context every page renders in; one per thread at a time, reused from page to page.
/// <list type="bullet">
/// <item>Escaping by default: every value a template writes is HTML-encoded unless it is
/// <see cref="TrustedHtml"/>. The override is <see cref="Write(SourceSpan, object?)"/>, the one place an
/// expression's value reaches the page, not <c>ObjectToString</c>, which Scriban also uses to join
/// strings (<c>"#" + Id</c>), where encoding would encode twice.</item>
/// <item>Strict: an unknown variable, member or function is an error, never empty output.</item>
/// <item>Small: the only functions are the theme's own (include, layout, content, asset, json_ld);
/// Scriban's built-in library is left out, since formatting belongs in view models.</item>
/// </list>
/// </summary>
internal sealed class ThemeContext : TemplateContext
{
    private readonly IReadOnlyDictionary<string, Template> _parsed;
    private readonly ViewModelAccessor.Cache _models;

    public ThemeContext(ThemeLoader loader, IReadOnlyDictionary<string, Template> parsed, AssetManifest assets, ViewModelAccessor.Cache models)
        : base(Functions(assets))
    {
        _parsed = parsed;
        _models = models;
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        // Limits meant for untrusted templates: the theme is the site's own, and a timeline of
        // 100,000 events is a loop of 100,000 and a page of many megabytes.
        LoopLimit = 0;
        LimitToString = 0;
        AutoIndent = false;
        NewLine = "\n";
    }

    /// <summary>The blocks pages wrapped in layouts, innermost last: what <c>{{ content }}</c> writes.</summary>
    internal Stack<ScriptBlockStatement> LayoutBodies { get; } = new();

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // Straight into the page's buffer where it is one (it is, except inside a capture): no string per value.
        // Bypassing base.Write skips only its indentation and length-limit bookkeeping, both turned off above.
        var builder = (Output as StringBuilderOutput)?.Builder;
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html when builder is not null:
                html.AppendTo(builder);
                return this;
            case TrustedHtml html:
                return Write(html.Value);
            default:
                var text = ObjectToString(textAsObject) ?? "";
                if (builder is not null)
                {
                    HtmlEncoding.AppendEncoded(builder, text);
                    return this;
                }
                return Write(HtmlEncoding.Encode(text));
        }
    }

    /// <summary>
    /// Evaluates <paramref name="template"/> into the current output, as Scriban's Template.Render does short of making
    /// a string of it: under its own file name (<paramref name="path"/> when it has none), for error locations.
    /// </summary>
    internal void WriteTemplate(Template template, string path)
    {
        if (template.Page is not { } page)
        {
            return;
        }
        PushSourceFile(template.SourceFilePath ?? path);
        try
        {
            if (Evaluate(page) is { } result)
            {
                Write(page.Span, result);
            }
        }
        finally
        {
            PopSourceFile();
        }
    }

    public override void Reset()
    {
        base.Reset();
        LayoutBodies.Clear();
    }

    // Every theme file was parsed once when the theme loaded; a context never parses one again.
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _parsed.TryGetValue(templatePath, out var template) ? template : base.CreateTemplate(templatePath, callerContext);

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        if (target is IScriptObject or string or IList || target.GetType().IsPrimitive)
        {
            return base.GetMemberAccessorImpl(target);
        }
        return _models.For(target.GetType()) ?? (IObjectAccessor)new UnknownTypeAccessor(target.GetType());
    }

    private static ScriptObject Functions(AssetManifest assets)
    {
        var functions = new ScriptObject();
        functions.SetValue("include", new IncludeFunction(), readOnly: true);
        functions.SetValue("layout", new LayoutFunction(), readOnly: true);
        functions.SetValue("content", new ContentFunction(), readOnly: true);
        functions.SetValue("asset", new AssetFunction(assets), readOnly: true);
        functions.SetValue("json_ld", new JsonLdFunction(), readOnly: true);
        return functions;
    }
}
