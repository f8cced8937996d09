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
    private readonly Dictionary<string, List<CitingEventView>> _citations;
    private object[]? _documents;
    private SearchSource[]? _searchSources;

    public SiteModel(SiteConfig config, IReadOnlyList<ISitePart> parts)
    {
        Config = config;
        Parts = parts;
        _byType = parts.ToDictionary(p => p.GetType());
        _citations = Gather(parts);
        Menu = parts.SelectMany(p => p.Menu)
            .OrderBy(m => m.Weight).ThenBy(m => m.Title, StringComparer.Ordinal)
            .Select(m => (m.Title, m.Url))
            .ToArray();
        Newest = NewestOf(parts);
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

    // A body edit keeps every document's place: the lists gathered from the site before are copied with one item
    // replaced, which at 10,000 documents is a copy of pointers, not 10,000 enumerations and allocations per save.
    private SiteModel(SiteModel site, BodyEdit edit)
        : this(site, edit.Before, edit.After)
    {
        _documents = site._documents is { } documents ? Replaced(documents, d => ReferenceEquals(d, edit.DocumentBefore), edit.DocumentAfter) : null;
        _searchSources = site._searchSources is { } sources && edit.SearchAfter is { } source
            ? Replaced(sources, s => ReferenceEquals(s.Key, edit.DocumentBefore), source)
            : null;
    }

    /// <summary>
    /// This site with <see cref="BodyEdit.Before"/> replaced by <see cref="BodyEdit.After"/>. Navigation, citations and
    /// dates are made from front matter, which a body edit leaves as it was, so they are kept rather than gathered again.
    /// </summary>
    public SiteModel With(BodyEdit edit) => new(this, edit);

    public SiteConfig Config { get; }

    /// <summary>Every feature's part, in registration order.</summary>
    public IReadOnlyList<ISitePart> Parts { get; }

    /// <summary>The main navigation, lightest weight first; shared by every page.</summary>
    public IReadOnlyList<(string Title, string Url)> Menu { get; }

    /// <summary>The newest date anywhere in the content: the day the site as a whole last changed.</summary>
    public DateOnly Newest { get; }

    /// <summary>Every part's documents, in registration order: gathered once per model, and the same list for every thread (jobs compare it by reference).</summary>
    public IReadOnlyList<object> Documents => LazyInitializer.EnsureInitialized(ref _documents, () => [.. Parts.SelectMany(p => p.Documents)]);

    /// <summary>What every part offers to search, in registration order, gathered once per model.</summary>
    public IReadOnlyList<SearchSource> SearchSources => LazyInitializer.EnsureInitialized(ref _searchSources, () => [.. Parts.SelectMany(p => p.SearchDocuments)]);

    /// <summary>The part of type <typeparamref name="T"/>, or null when its feature is not registered.</summary>
    public T? Find<T>()
        where T : class, ISitePart =>
        _byType.GetValueOrDefault(typeof(T)) as T;

    /// <summary>What cites the document <paramref name="target"/> (a briefing's slug), in the citing feature's order.</summary>
    public IReadOnlyList<CitingEventView> CitationsOf(string target) => _citations.TryGetValue(target, out var citing) ? citing : [];

    // Every part's citations by target, in part order then each part's own: one pass, no grouping of 10,000s of events.
    // Counted first, so that each target's list is made at its size: grown from empty, 10,000 citations' lists were
    // most of a front-matter edit's model time at 10,000 events.
    // One pass over every citation: each rebuild after a front-matter edit gathers them all again (10,000 events' worth),
    // and walking them a second time to size the lists cost more than the lists' growing.
    private static Dictionary<string, List<CitingEventView>> Gather(IReadOnlyList<ISitePart> parts)
    {
        var byTarget = new Dictionary<string, List<CitingEventView>>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var citation in part.Citations)
            {
                if (!byTarget.TryGetValue(citation.Target, out var citing))
                {
                    byTarget[citation.Target] = citing = [];
                }
                citing.Add(citation.View);
            }
        }
        return byTarget;
    }

    private static DateOnly NewestOf(IReadOnlyList<ISitePart> parts)
    {
        DateOnly? newest = null;
        foreach (var part in parts)
        {
            if (part.NewestDate is { } date && (newest is null || date > newest))
            {
                newest = date;
            }
        }
        return newest ?? SiteDates.Epoch;
    }

    // A copy of items with the one item that matches replaced; unchanged when none does.
    private static T[] Replaced<T>(T[] items, Predicate<T> match, T replacement)
    {
        var copy = (T[])items.Clone();
        var at = Array.FindIndex(copy, match);
        if (at >= 0)
        {
            copy[at] = replacement;
        }
        return copy;
    }
}
