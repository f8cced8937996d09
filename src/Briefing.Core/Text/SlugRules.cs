namespace Briefing.Core.Text;

/// <summary>
/// The one set of rules for every name that becomes a folder of the site: a file's slug, a briefing's folder,
/// a tag. Pure: each returns the problem in words, or null.
/// </summary>
public static class SlugRules
{
    /// <summary>The longest slug, in characters: far above any title, and well within every file system's limit.</summary>
    public const int MaxLength = 100;

    /// <summary>What is wrong with a slug an author chose as a file or folder name (<paramref name="what"/>: "page file name"…).</summary>
    public static string? NameProblem(string slug, string what)
    {
        if (Slug.IsValid(slug) && ReservedNames.IsDevice(slug))
        {
            return $"the {what} '{slug}' is a device name on Windows, where no file or folder can have it; choose another";
        }
        if (Slug.IsValid(slug))
        {
            return null;
        }
        var suggestion = Slug.From(slug);
        var hint = suggestion.Length > 0 && suggestion.Length <= MaxLength ? $"; try '{suggestion}'" : "";
        return $"the {what} '{slug}' must be lower-case letters, digits and hyphens{hint}";
    }

    /// <summary>What is wrong with a tag, whose slug names its page's folder.</summary>
    public static string? TagProblem(string tag)
    {
        var slug = Slug.From(tag);
        if (slug.Length == 0)
        {
            return $"the tag '{tag}' has no letters or digits, so it cannot have a page; write it in words";
        }
        if (ReservedNames.IsDevice(slug))
        {
            return $"the tag '{tag}' would need a folder named '{slug}', a device name on Windows; write it another way";
        }
        return slug.Length > MaxLength
            ? $"a tag must be at most {MaxLength} characters once made into a URL; '{tag[..Math.Min(tag.Length, 40)]}…' is longer"
            : null;
    }
}
