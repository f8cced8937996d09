using System.Globalization;
using Briefing.Core.Briefings;
using Briefing.Core.Content.Yaml;
using Briefing.Core.Content;
using Briefing.Core.Diagnostics;
using Briefing.Core.Events;
using Briefing.Core.Pages;
using Briefing.Core.Site;
using Briefing.Core.Text;

namespace Briefing.Core.Build;

/// <summary>
/// The load phase: reads every file under <c>input/</c> in parallel, decodes it, splits its
/// front matter and parses that into typed records. Problems become diagnostics, never exceptions.
/// With an <see cref="IncrementalCache"/>, unchanged files are neither read nor parsed again.
/// </summary>
public sealed class ContentLoader(string inputDirectory, string displayRoot, IncrementalCache? cache = null, ParallelOptions? parallel = null)
{
    public LoadedContent Load(DiagnosticBag diagnostics)
    {
        var paths = Directory.Exists(inputDirectory)
            ? Directory.EnumerateFiles(inputDirectory, "*", SearchOption.AllDirectories)
                .Select(p => InputPaths.Relative(inputDirectory, p))
                .Where(p => !IsHidden(p))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];
        if (paths.Length == 0)
        {
            diagnostics.Error(Display(""), 0, 0, "the input folder is missing or empty");
        }

        // Reading, decoding and parsing front matter are independent per file: done in parallel,
        // then gathered in path order so that the result never depends on thread timing.
        var parsed = new object?[paths.Length];
        Parallel.For(0, paths.Length, parallel ?? new ParallelOptions(), i => parsed[i] = ReadAndParse(paths[i], diagnostics));

        SiteConfig? site = null;
        var versions = new List<BriefingVersionSource>();
        var pages = new List<PageSource>();
        var events = new List<EventFile>();
        foreach (var item in parsed)
        {
            switch (item)
            {
                case SiteConfig config:
                    site = config;
                    break;
                case BriefingVersionSource version:
                    versions.Add(version);
                    break;
                case PageSource page:
                    pages.Add(page);
                    break;
                case EventFile loaded:
                    events.Add(loaded);
                    break;
            }
        }
        var siteSeen = paths.Contains(InputPaths.SiteFile, StringComparer.Ordinal);
        if (!siteSeen && paths.Length > 0)
        {
            diagnostics.Error(Display(InputPaths.SiteFile), 0, 0, "site.yml is missing: it names the publication, its URL, language and author");
        }
        return new LoadedContent(site, versions, pages) { Events = events };
    }

    /// <summary>One file as what it is: a <see cref="SiteConfig"/>, a version, a page, an event, or null (a problem, reported).</summary>
    private object? ReadAndParse(string relative, DiagnosticBag diagnostics)
    {
        if (Read(relative, diagnostics) is not { } file)
        {
            return null;
        }
        if (relative == InputPaths.SiteFile)
        {
            return SiteConfig.Load(file, diagnostics);
        }
        if (InputPaths.BriefingVersion().Match(relative) is { Success: true } version)
        {
            return ParseVersion(file, version.Groups["slug"].Value, version.Groups["number"].Value, diagnostics);
        }
        if (InputPaths.Page().Match(relative) is { Success: true } page)
        {
            return ParsePage(file, page.Groups["slug"].Value, diagnostics);
        }
        if (InputPaths.Event().Match(relative) is { Success: true } eventFile)
        {
            var name = eventFile.Groups["name"].Value;
            return Cached(file, (f, bag) => EventFileLoader.Load(f, name, bag), diagnostics);
        }
        ReportStray(file, relative, diagnostics);
        return null;
    }

    /// <summary>Far above any briefing (the longest source document is 60 kB) and bounds the memory one file can take.</summary>
    public const long MaxFileBytes = 32_000_000;

    private SourceFile? Read(string relative, DiagnosticBag diagnostics)
    {
        var display = Display(relative);
        var full = Path.GetFullPath(Path.Combine(inputDirectory, relative));
        var length = new FileInfo(full).Length;
        if (length > MaxFileBytes)
        {
            diagnostics.Error(display, 1, 1, $"the file is {length / 1_000_000} MB; content files may be at most {MaxFileBytes / 1_000_000} MB (split it, or move data out of it)");
            return null;
        }
        var stamp = cache is null ? default : SourceStamp.Of(full);
        if (cache?.CachedSource(full, stamp) is { } cached)
        {
            return cached;
        }
        var bytes = File.ReadAllBytes(full);
        var text = SourceText.Decode(bytes, out var badLine);
        if (text is null)
        {
            diagnostics.Error(display, badLine, 1, "the file is not valid UTF-8; save it as UTF-8");
            return null;
        }
        // A file with unsafe characters is never cached, so that every build reports them again.
        if (HasUnsafeCharacters(display, text, diagnostics))
        {
            return null;
        }
        var file = new SourceFile(display, text);
        cache?.StoreSource(full, stamp, file);
        return file;
    }

    // Reported per file and capped: a binary file saved as .md would otherwise print thousands of lines.
    private static bool HasUnsafeCharacters(string display, string text, DiagnosticBag diagnostics)
    {
        const int Cap = 10;
        var found = UnsafeCharacters.Find(text).Take(Cap + 1).ToList();
        foreach (var (line, column, character) in found.Take(Cap))
        {
            diagnostics.Error(display, line, column, $"the invisible character {UnsafeCharacters.Describe(character)} is not allowed in content; delete it");
        }
        if (found.Count > Cap)
        {
            diagnostics.Error(display, found[Cap].Line, found[Cap].Column, "more invisible characters follow; the file may not be text");
        }
        return found.Count > 0;
    }

    /// <summary>Parses a Markdown file's front matter into <typeparamref name="T"/>, through the cache when there is one.</summary>
    private ContentDocument<T>? Parse<T>(SourceFile file, Func<YamlMap, T?> frontMatter, DiagnosticBag diagnostics)
        where T : class =>
        Cached(file, (f, bag) => ContentDocumentParser.Parse(f, frontMatter, bag), diagnostics);

    /// <summary>What <paramref name="parse"/> makes of a file, from the cache when this text was parsed last build.</summary>
    private T? Cached<T>(SourceFile file, Func<SourceFile, DiagnosticBag, T?> parse, DiagnosticBag diagnostics)
        where T : class =>
        cache is null ? parse(file, diagnostics) : cache.Parse(file, parse, diagnostics);

    private BriefingVersionSource? ParseVersion(SourceFile file, string slug, string numberText, DiagnosticBag diagnostics)
    {
        if (!CheckSlug(file, slug, "briefing folder", diagnostics))
        {
            return null;
        }
        if (numberText.Length > 1 && numberText[0] == '0' || !int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, $"'v{numberText}' is not a version number: name version files v1.md, v2.md, …");
            return null;
        }
        var document = Parse(file, BriefingFrontMatter.Parse, diagnostics);
        return document is null ? null : new BriefingVersionSource(slug, number, document);
    }

    private PageSource? ParsePage(SourceFile file, string slug, DiagnosticBag diagnostics)
    {
        if (!CheckSlug(file, slug, "page file name", diagnostics))
        {
            return null;
        }
        var document = Parse(file, PageFrontMatter.Parse, diagnostics);
        return document is null ? null : new PageSource(slug, document);
    }

    private static bool CheckSlug(SourceFile file, string slug, string what, DiagnosticBag diagnostics)
    {
        if (Slug.IsValid(slug) && ReservedNames.IsDevice(slug))
        {
            diagnostics.Error(file.DisplayPath, 1, 1, $"the {what} '{slug}' is a device name on Windows, where no file or folder can have it; choose another");
            return false;
        }
        if (Slug.IsValid(slug))
        {
            return true;
        }
        var suggestion = Slug.From(slug);
        var hint = suggestion.Length > 0 ? $"; try '{suggestion}'" : "";
        diagnostics.Error(file.DisplayPath, 1, 1, $"the {what} '{slug}' must be lower-case letters, digits and hyphens{hint}");
        return false;
    }

    private static void ReportStray(SourceFile file, string relative, DiagnosticBag diagnostics)
    {
        if (relative.StartsWith("briefings/", StringComparison.Ordinal))
        {
            diagnostics.Error(file.DisplayPath, 1, 1, "files in a briefing folder must be named v1.md, v2.md, …");
        }
        else if (relative.EndsWith(".md", StringComparison.Ordinal))
        {
            diagnostics.Warning(file.DisplayPath, 1, 1, "this file is not part of the site: put briefings in briefings/<slug>/, pages in pages/, events in events/");
        }
    }

    // Editors leave swap and lock files beside what they edit; they are never content.
    private static bool IsHidden(string relative) =>
        relative.Split('/').Any(part => part.StartsWith('.') || part.EndsWith('~'));

    private string Display(string relative) =>
        InputPaths.Relative(displayRoot, Path.Combine(inputDirectory, relative)).TrimEnd('/');
}
