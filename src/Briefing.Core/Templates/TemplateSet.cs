using Briefing.Core.Diagnostics;
using HandlebarsDotNet;

namespace Briefing.Core.Templates;

/// <summary>The text of one theme file (template or partial), kept so checks can point into it.</summary>
public sealed record TemplateSource(string DisplayPath, string Text);

/// <summary>
/// The theme's Handlebars templates, compiled once. Strict mode: a name a template uses that its
/// view model lacks is an error at build time, never silently empty output.
/// Page templates live in <c>theme/templates/</c>, partials (the <c>base</c> layout among them)
/// in <c>theme/partials/</c>, static files in <c>theme/assets/</c>.
/// </summary>
public sealed partial class TemplateSet
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _templates;
    private readonly string _templatesDisplayPath;

    private TemplateSet(Dictionary<string, HandlebarsTemplate<object, object>> templates, AssetManifest assets, string templatesDisplayPath, IReadOnlyList<TemplateSource> sources)
    {
        _templates = templates;
        Sources = sources;
        Assets = assets;
        _templatesDisplayPath = templatesDisplayPath;
    }

    public AssetManifest Assets { get; }

    /// <summary>Every partial and template as read, partials first, each in file-name order.</summary>
    public IReadOnlyList<TemplateSource> Sources { get; }

    /// <summary>The path of a page template as shown in messages, e.g. <c>theme/templates/briefing.hbs</c>.</summary>
    public string DisplayPathOf(string name) => $"{_templatesDisplayPath}/{name}.hbs";

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>Loads and compiles the theme; reports each file that fails to compile and each required template that is missing.</summary>
    public static TemplateSet? Load(string themeDirectory, string displayRoot, IEnumerable<string> requiredTemplates, DiagnosticBag diagnostics)
    {
        var display = (string path) => Path.GetRelativePath(displayRoot, path).Replace('\\', '/');
        if (!Directory.Exists(themeDirectory))
        {
            diagnostics.Error(display(themeDirectory), 0, 0, "the theme folder does not exist");
            return null;
        }
        var assets = AssetManifest.Load(Path.Combine(themeDirectory, "assets"));
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            NoEscape = false,
        });
        TemplateHelpers.Register(handlebars, assets);

        var ok = true;
        var sources = new List<TemplateSource>();
        foreach (var (name, path) in Files(Path.Combine(themeDirectory, "partials")))
        {
            ok &= TryCompile(path, display(path), diagnostics, sources, source => handlebars.RegisterTemplate(name, source));
        }
        var templates = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var (name, path) in Files(Path.Combine(themeDirectory, "templates")))
        {
            ok &= TryCompile(path, display(path), diagnostics, sources, source => templates[name] = handlebars.Compile(source));
        }
        foreach (var required in requiredTemplates.Where(r => !templates.ContainsKey(r)))
        {
            diagnostics.Error(display(Path.Combine(themeDirectory, "templates", required + ".hbs")), 0, 0, $"the theme has no '{required}' template");
            ok = false;
        }
        return ok ? new TemplateSet(templates, assets, display(Path.Combine(themeDirectory, "templates")), sources) : null;
    }

    /// <summary>Renders a page template with its view model. Throws <see cref="TemplateException"/> naming the template file on failure.</summary>
    public string Render(string name, object model)
    {
        var file = DisplayPathOf(name);
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new TemplateException(file, "the template does not exist");
        }
        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            throw new TemplateException(file, Innermost(e).Message);
        }
    }

    // Handlebars wraps the real cause (e.g. "Titel is undefined") in "error rendering partial" layers.
    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    private static IEnumerable<(string Name, string Path)> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.hbs")
                .Order(StringComparer.Ordinal)
                .Select(p => (Path.GetFileNameWithoutExtension(p), p))
            : [];

    /// <summary>
    /// Handlebars.Net 2.4.3 renders a standalone partial that is indented (<c>"    {{> tags}}"</c> on a
    /// line of its own) through an indenting writer that does not HTML-escape: every <c>{{value}}</c>
    /// inside it is written raw, so a tag named <c>&lt;script&gt;</c> would run. Removing the indentation
    /// before compiling keeps escaping on for every partial, whoever writes the theme.
    /// </summary>
    internal static string WithoutPartialIndentation(string source) => PartialIndentation().Replace(source, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^[ \t]+(?=\{\{~?#?>)")]
    private static partial System.Text.RegularExpressions.Regex PartialIndentation();

    private static bool TryCompile(string path, string display, DiagnosticBag diagnostics, List<TemplateSource> sources, Action<string> compile)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        sources.Add(new TemplateSource(display, text));
        try
        {
            compile(WithoutPartialIndentation(text));
            return true;
        }
        catch (HandlebarsException e)
        {
            diagnostics.Error(display, 1, 1, $"template does not compile: {e.Message}");
            return false;
        }
    }
}
