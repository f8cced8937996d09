using Briefing.Core.Diagnostics;
using Briefing.Core.Markdown;
using Briefing.Core.Site;

namespace Briefing.Core.Build;

/// <summary>
/// The model phase: each feature, in registration order, builds its part of the model from its own sources and
/// the parts before it, checking what only the whole content can show (version gaps, citations, reserved names).
/// Markdown bodies are rendered here, since anchors are part of the model that links and citations are checked against.
/// </summary>
public sealed class SiteModelBuilder(IReadOnlyList<ISiteFeature> features, MarkdownRenderer markdown, ParallelOptions? parallel = null, IncrementalCache? cache = null, IModelPacer? pacer = null)
{
    private static readonly SiteConfig Unconfigured = new()
    {
        Title = "", Description = "", BaseUrl = "https://example.invalid/", Language = "en", Author = "",
    };

    public SiteModel? Build(LoadedContent content, DiagnosticBag diagnostics)
    {
        // Without a valid site.yml there is no site, but every feature still checks its content, so that one
        // build lists every problem; the stand-in configuration is never rendered.
        var config = content.Site ?? Unconfigured;
        var sections = features.SelectMany(f => f.Sections).ToHashSet(StringComparer.Ordinal);
        var parts = new List<ISitePart>();
        foreach (var feature in features)
        {
            var sources = feature is IContentKind kind ? content.Of(kind) : [];
            var earlier = parts.ToArray();
            // What was reported so far is an input too: a feature may hold back a message that would repeat an earlier one.
            var prior = diagnostics.Sorted();
            var (made, problems) = cache is null
                ? Model(feature, config, sources, earlier, sections, prior, previous: null)
                : cache.ModelPart(feature, new PartInputs(config, sources, earlier, prior), previous => Model(feature, config, sources, earlier, sections, prior, previous));
            diagnostics.AddRange(problems);
            if (made is { } part)
            {
                parts.Add(part);
            }
        }
        return content.Site is null ? null : new SiteModel(content.Site, parts);
    }

    private ModelPartMade Model(ISiteFeature feature, SiteConfig config, IReadOnlyList<object> sources,
        IReadOnlyList<ISitePart> earlier, IReadOnlySet<string> sections, IReadOnlyList<Diagnostic> prior, ISitePart? previous)
    {
        var problems = new DiagnosticBag();
        problems.AddRange(prior);
        var part = feature.Model(new ModelContext(config, sources, earlier, sections, markdown, parallel ?? new ParallelOptions(), problems) { Previous = previous, KeepsSources = cache is not null, Pacer = pacer ?? ModelPacer.None });
        return new ModelPartMade(part, problems.Since(prior.Count));
    }
}
