using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Testing.Security;

/// <summary>
/// An independent inspection of built HTML, parsed as a browser would (AngleSharp): lists every
/// way the page could run script or carry author-controlled styling. Deliberately shares no code
/// with the site's own content policy, so that a bug there cannot hide here.
/// </summary>
public static partial class HtmlSafety
{
    private static readonly HashSet<string> ActiveElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "input",
        "button", "textarea", "select", "svg", "math", "noscript", "template", "portal", "meta", "link",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "background", "poster", "data", "cite", "srcset",
        "lowsrc", "dynsrc", "ping", "codebase", "longdesc", "manifest", "icon",
    };

    private static readonly HtmlParser Parser = new();

    /// <summary>Every problem in <paramref name="html"/>, e.g. "script element", "onerror attribute on img". Empty when inert.</summary>
    public static IReadOnlyList<string> Violations(string html)
    {
        var document = Parser.ParseDocument(html);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (ActiveElements.Contains(name) && !IsThemeElement(element))
            {
                problems.Add($"<{name}> element");
            }
            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                if (attributeName.StartsWith("on", StringComparison.Ordinal))
                {
                    problems.Add($"{attributeName} attribute on <{name}>");
                }
                else if (attributeName is "style" or "srcdoc" or "formaction")
                {
                    problems.Add($"{attributeName} attribute on <{name}>");
                }
                else if (UrlAttributes.Contains(attributeName) && HasDangerousScheme(attribute.Value))
                {
                    problems.Add($"{attributeName}=\"{attribute.Value}\" on <{name}>");
                }
            }
        }
        return problems;
    }

    /// <summary>
    /// What the theme itself puts in every page's head: the charset and description metas, the
    /// stylesheet and canonical links, and a JSON-LD data block. Anything else of these kinds came from content.
    /// </summary>
    private static bool IsThemeElement(IElement element) => element.LocalName switch
    {
        "meta" => element.ParentElement?.LocalName == "head" && !element.HasAttribute("http-equiv"),
        "link" => element.ParentElement?.LocalName == "head" && element.GetAttribute("rel") is "stylesheet" or "canonical" or "alternate" or "icon",
        "script" => (element.ParentElement?.LocalName == "head" && element.GetAttribute("type") == "application/ld+json" && element.Children.Length == 0)
            || (element.GetAttribute("src") is { } src && Regex.IsMatch(src, "^/assets/search\\.[0-9a-f]{10}\\.js$") && element.TextContent.Length == 0),
        // The search page's no-script advice sits directly in <main>; author content never does (it is inside an article body).
        "noscript" => element.ParentElement?.LocalName == "main",
        // The search page's own form (theme/templates/search.sbn); no content reaches its markup.
        "form" => element.Id == "search-form",
        "input" or "button" => element.Closest("form")?.Id == "search-form",
        _ => false,
    };

    /// <summary>True for a URL whose scheme (as browsers read it, ignoring whitespace and controls) is not http, https or mailto.</summary>
    public static bool HasDangerousScheme(string value)
    {
        // As the URL standard does: tabs and newlines are removed anywhere, controls and spaces trimmed at the ends.
        var squeezed = new string(value.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(Enumerable.Range(0, 33).Select(i => (char)i).ToArray()).ToLowerInvariant();
        var match = SchemePattern().Match(squeezed);
        return match.Success && match.Groups[1].Value is not ("http" or "https" or "mailto");
    }

    [GeneratedRegex("^([a-z][a-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
