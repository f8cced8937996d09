using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>
/// The only way templates reach files: a name such as <c>partials/tags</c> becomes
/// <c>theme/partials/tags.sbn</c>. Names are one of the three theme folders and a lower-case slug,
/// so <c>..</c>, absolute paths and other extensions are refused before any path is built, and a
/// path that still ends outside the theme (through a symbolic link) is refused when read.
/// </summary>
internal sealed partial class ThemeLoader : ITemplateLoader
{
    /// <summary>The extension of every template file.</summary>
    public const string Extension = ".sbn";

    private static readonly string[] Folders = ["layouts", "partials", "templates"];

    private readonly string _root;

    // Names already resolved, so that rendering (every include of every page) does not stat the theme again:
    // 11,000 lstat calls for the 1,000-event product corpus. A loader lives as long as one compiled theme,
    // whose files were all read when it loaded; a changed theme folder gets a new loader (ThemeMemo).
    private readonly ConcurrentDictionary<string, string> _resolved = new(StringComparer.Ordinal);

    public ThemeLoader(string themeDirectory)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeDirectory)) + Path.DirectorySeparatorChar;
    }

    /// <summary>Every template file of the theme, folder by folder, each folder in file-name order.</summary>
    public IEnumerable<string> Files() =>
        Folders.SelectMany<string, string>(folder =>
        {
            var directory = Path.Combine(_root, folder);
            return Directory.Exists(directory)
                ? Directory.EnumerateFiles(directory, "*" + Extension).Order(StringComparer.Ordinal)
                : [];
        });

    /// <summary>The full path of a theme name, or why there is none.</summary>
    public string? Resolve(string name, out string? problem)
    {
        problem = null;
        if (_resolved.TryGetValue(name, out var known))
        {
            return known;
        }
        if (!Name().IsMatch(name))
        {
            problem = $"'{name}' is not a theme file: names are lower-case letters, digits and hyphens";
            return null;
        }
        var path = Path.Combine(_root, name + Extension);
        if (!File.Exists(path))
        {
            problem = $"there is no theme file {name}{Extension}";
            return null;
        }
        _resolved.TryAdd(name, path);
        return path;
    }

    /// <summary>
    /// The text of a theme file, line endings made LF. Refuses a path outside the theme, and a file or
    /// theme folder that is a symbolic link, since a link could lead anywhere.
    /// </summary>
    public string? Read(string path, out string? problem)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? "";
        if (!full.StartsWith(_root, StringComparison.Ordinal) || IsLink(new FileInfo(full)) || IsLink(new DirectoryInfo(folder)))
        {
            problem = "refusing to read the file: it is not a plain file inside the theme folder (symbolic links are not followed)";
            return null;
        }
        problem = null;
        return File.ReadAllText(full).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static bool IsLink(FileSystemInfo entry) => entry.LinkTarget is not null;

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Resolve(templateName, out var problem) ?? throw new ScriptRuntimeException(callerSpan, problem!);

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        Read(templatePath, out var problem) ?? throw new ScriptRuntimeException(callerSpan, problem!);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));

    [GeneratedRegex("^(layouts|partials|templates)/[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Name();
}
