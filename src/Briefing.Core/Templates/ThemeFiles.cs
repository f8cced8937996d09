using Briefing.Core.Diagnostics;
using Scriban.Parsing;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>The theme's template files, read through the <see cref="ThemeLoader"/> and parsed, with what was wrong with them.</summary>
internal sealed class ThemeFiles
{
    public required ThemeLoader Loader { get; init; }

    /// <summary>Page templates by name (<c>briefing</c> for <c>templates/briefing.sbn</c>).</summary>
    public Dictionary<string, Template> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>Names of the page template files found, parsed or not: a file that does not parse is not also "missing".</summary>
    public HashSet<string> PageNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Every file by full path, the key Scriban's includes use.</summary>
    public Dictionary<string, Template> ByPath { get; } = new(StringComparer.Ordinal);

    public List<TemplateSource> Sources { get; } = [];

    public required string TemplatesDisplayPath { get; init; }

    public bool Ok { get; set; } = true;

    public static ThemeFiles Parse(ThemeLoader loader, string themeDirectory, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var files = new ThemeFiles { Loader = loader, TemplatesDisplayPath = display(Path.Combine(themeDirectory, "templates")) };
        foreach (var path in loader.Files())
        {
            files.Add(path, display(path), diagnostics);
        }
        var includes = new IncludeCheck(loader, diagnostics);
        foreach (var template in files.ByPath.Values)
        {
            includes.Check(template);
        }
        files.Ok &= includes.Ok;
        return files;
    }

    private void Add(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var isPage = Path.GetFileName(Path.GetDirectoryName(path)) == "templates";
        if (isPage)
        {
            PageNames.Add(Path.GetFileNameWithoutExtension(path));
        }
        var text = Loader.Read(path, out var problem);
        if (text is null)
        {
            diagnostics.Error(displayPath, 0, 0, problem!);
            Ok = false;
            return;
        }
        Sources.Add(new TemplateSource(displayPath, text));
        var template = Template.Parse(text, displayPath, new ParserOptions(), new LexerOptions { Lang = ScriptLang.Default, Mode = ScriptMode.Default });
        // Only the first error: Scriban reports the cause first, then what it broke (an if whose end it
        // could no longer find), which would send the reader to the wrong line.
        if (template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error) is { } error)
        {
            diagnostics.Error(displayPath, error.Span.Start.Line + 1, error.Span.Start.Column + 1, $"template does not parse: {error.Message}");
            Ok = false;
            return;
        }
        ByPath[Path.GetFullPath(path)] = template;
        if (isPage)
        {
            Pages[Path.GetFileNameWithoutExtension(path)] = template;
        }
    }
}
