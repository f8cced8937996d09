using System.Net;
using System.Text;
using Briefing.Core.Diagnostics;

namespace Briefing.Cli.Preview;

/// <summary>
/// The overlay a failed build puts over every page: each problem as <c>file:line:col</c> and its
/// message, everything HTML-escaped (messages quote what the author wrote). No inline style or script.
/// </summary>
public static class ErrorOverlay
{
    public const string Id = "briefing-overlay";

    public static string Html(IReadOnlyList<Diagnostic> diagnostics, bool hasSite)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var builder = new StringBuilder();
        builder.Append("<link rel=\"stylesheet\" href=\"").Append(ClientFiles.StylesheetUrl).Append("\">\n");
        builder.Append("<aside id=\"").Append(Id).Append("\" class=\"briefing-overlay\" role=\"alert\" aria-labelledby=\"").Append(Id).Append("-title\">\n");
        builder.Append("<h2 id=\"").Append(Id).Append("-title\">The site did not build: ")
            .Append(errors == 1 ? "1 error" : $"{errors} errors").Append("</h2>\n");
        builder.Append("<p>").Append(hasSite
            ? "Below is the last build that worked. Fix the file and save: this page reloads by itself."
            : "No build has worked yet. Fix the file and save: this page reloads by itself.").Append("</p>\n<ol>\n");
        foreach (var d in diagnostics)
        {
            var kind = d.IsError ? "error" : "warning";
            builder.Append("<li><code class=\"where\">").Append(Escape($"{d.File}:{Math.Max(d.Line, 1)}:{Math.Max(d.Column, 1)}")).Append("</code> ")
                .Append("<span class=\"kind-").Append(kind).Append("\">").Append(kind).Append("</span>: ")
                .Append(Escape(d.Field is null ? d.Message : $"'{d.Field}': {d.Message}"))
                .Append("</li>\n");
        }
        return builder.Append("</ol>\n</aside>\n").ToString();
    }

    /// <summary>A page to lay the overlay over when no build has worked yet.</summary>
    public const string EmptyPage =
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>Build failed · briefing serve</title>\n</head>\n<body>\n<main></main>\n</body>\n</html>\n";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
