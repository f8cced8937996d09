using Briefing.Core.Site;
namespace Briefing.Core.Briefings;

/// <summary>A briefing: every version of it, oldest first. The last one is what its own URL shows.</summary>
public sealed record BriefingDocument(string Slug, IReadOnlyList<BriefingVersion> Versions)
{
    public BriefingVersion Latest => Versions[^1];

    public BriefingVersion First => Versions[0];

    public bool IsUpdated => Versions.Count > 1;

    public string Url => Urls.Briefing(Slug);

    /// <summary>The version numbered <paramref name="number"/>, or null; a loop, since every event citation looks one up.</summary>
    public BriefingVersion? Version(int number)
    {
        foreach (var version in Versions)
        {
            if (version.Number == number)
            {
                return version;
            }
        }
        return null;
    }
}
