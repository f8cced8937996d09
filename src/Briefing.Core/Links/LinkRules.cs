namespace Briefing.Core.Links;

/// <summary>
/// Decides whether one internal link works: its file must be part of the site and its anchor an
/// id on that page. Pure over the rendered files, so <c>check</c>, <c>build</c> and tests agree.
/// </summary>
public sealed class LinkRules(IReadOnlySet<string> files, Func<string, IReadOnlySet<string>?> idsOf)
{
    /// <summary>Anchors every browser understands without an element carrying the id.</summary>
    private static readonly HashSet<string> BuiltInAnchors = new(StringComparer.Ordinal) { "", "top" };

    public LinkProblem? Judge(string pagePath, HtmlLink link)
    {
        var target = LinkTarget.Resolve(pagePath, link.Url);
        if (target is null)
        {
            return null;
        }
        if (!files.Contains(target.OutputPath))
        {
            return Missing(pagePath, link, target);
        }
        if (target.Fragment is { } fragment && !BuiltInAnchors.Contains(fragment)
            && idsOf(target.OutputPath) is { } ids && !ids.Contains(fragment))
        {
            var page = target.OutputPath == pagePath ? "this page" : $"'{PageUrl(target.OutputPath)}'";
            return new LinkProblem(pagePath, link, true, $"link '{link.Url}' goes to an anchor that {page} does not have: no element has id '{fragment}'");
        }
        return null;
    }

    private LinkProblem Missing(string pagePath, HtmlLink link, LinkTarget target)
    {
        var folder = target.OutputPath.TrimEnd('/') + "/index.html";
        if (files.Contains(folder))
        {
            var slashed = link.Url.Split('#', '?')[0] + "/";
            return new LinkProblem(pagePath, link, false, $"link '{link.Url}' works only where the server redirects it to '{slashed}'; write '{slashed}'");
        }
        var what = link.Attribute == "src" ? $"file '{link.Url}' is not part of the site" : $"link '{link.Url}' goes to no page of the site";
        return new LinkProblem(pagePath, link, true, what);
    }

    private static string PageUrl(string outputPath) =>
        "/" + (outputPath.EndsWith("index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);
}
