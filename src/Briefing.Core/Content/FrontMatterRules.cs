using Briefing.Core.Content.Yaml;
using Briefing.Core.Text;

namespace Briefing.Core.Content;

/// <summary>Rules every kind of content applies the same way, so that a tag or slug means the same everywhere.</summary>
public static class FrontMatterRules
{
    private const int MaxTagSlug = 100;

    /// <summary>
    /// The <c>tags:</c> list. Each tag gets a page at <c>/tags/&lt;slug&gt;/</c>, so its slug must be a usable
    /// folder name; a tag that cannot have one is reported at its line, and left out.
    /// </summary>
    public static IReadOnlyList<string> Tags(YamlMap map)
    {
        var tags = map.TextList("tags");
        var usable = new List<string>(tags.Count);
        foreach (var tag in tags)
        {
            if (SlugRules.TagProblem(tag) is { } problem)
            {
                map.Error("tags", problem);
            }
            else
            {
                usable.Add(tag);
            }
        }
        return usable;
    }

    /// <summary>Checks a slug taken from a file or folder name; reports at line 1 of the file and says what to rename it to.</summary>
    public static bool CheckSlug(SourceFile file, string slug, string what, Diagnostics.DiagnosticBag diagnostics)
    {
        if (SlugRules.NameProblem(slug, what) is not { } problem)
        {
            return true;
        }
        diagnostics.Error(file.DisplayPath, 1, 1, problem);
        return false;
    }
}
