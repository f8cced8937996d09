using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Briefing.Core.Diagnostics;
using Briefing.Core.Output;
using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>The text of one theme file (template, partial or layout), kept so checks can point into it.</summary>
public sealed record TemplateSource(string DisplayPath, string Text);

/// <summary>
/// The theme's Scriban templates, each parsed once. Page templates live in <c>theme/templates/</c>,
/// partials in <c>theme/partials/</c>, layouts in <c>theme/layouts/</c>, static files in
/// <c>theme/assets/</c>; docs/theming.md describes the language. Rendering reuses one
/// <see cref="ThemeContext"/> per thread, which keeps what it learnt about view model types.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, Template> _pages;
    private readonly Dictionary<string, Template> _byPath;
    private readonly ThemeLoader _loader;
    private readonly ViewModelAccessor.Cache _models;
    private readonly ConcurrentBag<ThemeContext> _idle = [];
    private readonly string _templatesDisplayPath;

    private TemplateSet(ThemeFiles files, AssetManifest assets, JsonSerializerContext viewModels)
    {
        _pages = files.Pages;
        _byPath = files.ByPath;
        _loader = files.Loader;
        Sources = files.Sources;
        _templatesDisplayPath = files.TemplatesDisplayPath;
        Assets = assets;
        _models = new ViewModelAccessor.Cache(viewModels);
        _displayPaths = _pages.Keys.ToDictionary(name => name, DisplayPath, StringComparer.Ordinal);
    }

    public AssetManifest Assets { get; }

    /// <summary>Every theme file as read: layouts, partials, then templates, each folder in file-name order.</summary>
    public IReadOnlyList<TemplateSource> Sources { get; }

    /// <summary>The path of a page template as shown in messages, e.g. <c>theme/templates/briefing.sbn</c>.</summary>
    public string DisplayPathOf(string name) => _displayPaths.TryGetValue(name, out var path) ? path : DisplayPath(name);

    private string DisplayPath(string name) => $"{_templatesDisplayPath}/{name}{ThemeLoader.Extension}";

    // One string per template, not one per page: every rendered page keeps the name of the template that made it.
    private readonly Dictionary<string, string> _displayPaths;

    public bool Has(string name) => _pages.ContainsKey(name);

    /// <summary>
    /// Loads and parses the theme. Reports each parse error, each include or layout naming a file that
    /// does not exist, and each required template that is missing, all at <c>theme/…:line:col</c>.
    /// <paramref name="viewModels"/> lists the types templates may read (their source-generated JSON contract).
    /// </summary>
    public static TemplateSet? Load(string themeDirectory, string displayRoot, IEnumerable<string> requiredTemplates,
        JsonSerializerContext viewModels, DiagnosticBag diagnostics)
    {
        var display = (string path) => Path.GetRelativePath(displayRoot, path).Replace('\\', '/');
        if (!Directory.Exists(themeDirectory))
        {
            diagnostics.Error(display(themeDirectory), 0, 0, "the theme folder does not exist");
            return null;
        }
        var files = ThemeFiles.Parse(new ThemeLoader(themeDirectory), themeDirectory, display, diagnostics);
        foreach (var required in requiredTemplates.Where(r => !files.PageNames.Contains(r)))
        {
            diagnostics.Error($"{files.TemplatesDisplayPath}/{required}{ThemeLoader.Extension}", 0, 0, $"the theme has no '{required}' template");
            files.Ok = false;
        }
        return files.Ok ? new TemplateSet(files, AssetManifest.Load(Path.Combine(themeDirectory, "assets")), viewModels) : null;
    }

    /// <summary>
    /// Renders a page template with its view model, whose members are the template's variables.
    /// Throws <see cref="TemplateException"/> at the theme file, line and column that failed.
    /// </summary>
    public string Render(string name, object model) => RenderWith(name, model, static builder => builder.ToString());

    /// <summary>
    /// Renders a page template as <see cref="Render"/> does, into a pooled buffer rather than a string: the caller encodes
    /// it and scans it for links, then releases it.
    /// </summary>
    public PageText RenderPage(string name, object model) => RenderWith(name, model, static builder => new PageText(builder));

    // The one way a page is rendered: the template evaluated into the context's reused buffer, which `read` copies out.
    private T RenderWith<T>(string name, object model, Func<System.Text.StringBuilder, T> read)
    {
        if (!_pages.TryGetValue(name, out var template))
        {
            throw new TemplateException(DisplayPathOf(name), 0, 0, "the template does not exist");
        }
        var context = _idle.TryTake(out var idle) ? idle : new ThemeContext(_loader, _byPath, Assets, _models);
        try
        {
            context.PushGlobal(Globals(model));
            context.WriteTemplate(template, name);
            var builder = ((StringBuilderOutput)context.Output).Builder;
            var page = read(builder);
            builder.Clear();
            context.Reset();
            _idle.Add(context);
            return page;
        }
        catch (ScriptRuntimeException e)
        {
            // The context is dropped, not reused: a failure mid-loop or mid-include can leave state Reset does not clear.
            var start = e.Span.Start;
            throw new TemplateException(e.Span.FileName ?? DisplayPathOf(name), start.Line + 1, start.Column + 1, e.OriginalMessage);
        }
    }

    // The view model's members, read-only, as the page's global variables.
    private ViewModelGlobals Globals(object model) =>
        new(_models.For(model.GetType())
            ?? throw new TemplateException(_templatesDisplayPath, 0, 0, $"{model.GetType().Name} is not one of the view models the theme is given"), model);
}
