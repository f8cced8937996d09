namespace Briefing.Core.Site;

/// <summary>
/// The whole publication as the render phase sees it: immutable, sorted, validated. It is the site's
/// configuration plus one part per feature (briefings, events, pages, the tension series…), in the order the
/// features are registered; a feature finds its own part, or an earlier one it builds on, by type. What every
/// feature shares (navigation, citations, the newest date) is gathered from the parts once, when the model is made.
/// </summary>
public sealed class SiteModel
{
    private readonly Dictionary<Type, ISitePart> _byType;
    private readonly ILookup<string, CitingEventView> _citations;

    public SiteModel(SiteConfig config, IReadOnlyList<ISitePart> parts)
    {
        Config = config;
        Parts = parts;
        _byType = parts.ToDictionary(p => p.GetType());
        _citations = parts.SelectMany(p => p.Citations).ToLookup(c => c.Target, c => c.View, StringComparer.Ordinal);
        Menu = parts.SelectMany(p => p.Menu)
            .OrderBy(m => m.Weight).ThenBy(m => m.Title, StringComparer.Ordinal)
            .Select(m => (m.Title, m.Url))
            .ToArray();
        Newest = parts.SelectMany(p => p.Dates).DefaultIfEmpty(SiteDates.Epoch).Max();
    }

    // The same site with one part replaced by one that differs only in bodies: what is gathered from heads is kept.
    private SiteModel(SiteModel site, ISitePart before, ISitePart after)
    {
        Config = site.Config;
        Parts = site.Parts.Select(p => ReferenceEquals(p, before) ? after : p).ToArray();
        _byType = new Dictionary<Type, ISitePart>(site._byType) { [after.GetType()] = after };
        _citations = site._citations;
        Menu = site.Menu;
        Newest = site.Newest;
    }

    /// <summary>
    /// This site with <see cref="BodyEdit.Before"/> replaced by <see cref="BodyEdit.After"/>. Navigation, citations and
    /// dates are made from front matter, which a body edit leaves as it was, so they are kept rather than gathered again.
    /// </summary>
    public SiteModel With(BodyEdit edit) => new(this, edit.Before, edit.After);

    public SiteConfig Config { get; }

    /// <summary>Every feature's part, in registration order.</summary>
    public IReadOnlyList<ISitePart> Parts { get; }

    /// <summary>The main navigation, lightest weight first; shared by every page.</summary>
    public IReadOnlyList<(string Title, string Url)> Menu { get; }

    /// <summary>The newest date anywhere in the content: the day the site as a whole last changed.</summary>
    public DateOnly Newest { get; }

    /// <summary>The part of type <typeparamref name="T"/>, or null when its feature is not registered.</summary>
    public T? Find<T>()
        where T : class, ISitePart =>
        _byType.GetValueOrDefault(typeof(T)) as T;

    /// <summary>What cites the document <paramref name="target"/> (a briefing's slug), in the citing feature's order.</summary>
    public IEnumerable<CitingEventView> CitationsOf(string target) => _citations[target];
}
