namespace Briefing.Core.Text;

/// <summary>Hands out slugs unique within one document: "notes", "notes-1", "notes-2".</summary>
public sealed class UniqueSlugs
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Next(string text)
    {
        var slug = Slug.From(text);
        if (slug.Length == 0)
        {
            slug = "section";
        }
        var candidate = slug;
        for (var i = 1; !_used.Add(candidate); i++)
        {
            candidate = $"{slug}-{i}";
        }
        return candidate;
    }
}
