using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Core.Content;
using Briefing.Core.Diagnostics;
using Briefing.Core.Site;

namespace Briefing.Core.Briefings;

/// <summary>
/// Briefings: <c>input/briefings/&lt;slug&gt;/v&lt;N&gt;.md</c>, one file per version, grouped into briefings with
/// history, diffs and labelled corrections.
/// </summary>
public sealed partial class BriefingsFeature : IContentKind
{
    public string Name => "briefing-version";

    public string Title => "Briefing version";

    public string Files => "input/briefings/*/v*.md";

    public Regex Path => FilePattern();

    public string SlugName => "briefing folder";

    public Type FrontMatter => typeof(BriefingFrontMatter);

    public IEnumerable<string> Sections => ["briefings"];

    public IEnumerable<IPageGenerator> Generators => [new BriefingPages(), new VersionPages()];

    [GeneratedRegex(@"^briefings/(?<slug>[^/]+)/(?<file>[^/]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex FilePattern();

    [GeneratedRegex(@"^v(?<number>[0-9]+)\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionFile();

    public object? Parse(SourceFile file, Match path, DiagnosticBag diagnostics)
    {
        if (VersionFile().Match(path.Groups["file"].Value) is not { Success: true } version)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, "files in a briefing folder must be named v1.md, v2.md, …");
            return null;
        }
        var numberText = version.Groups["number"].Value;
        if (numberText.Length > 1 && numberText[0] == '0' || !int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, $"'v{numberText}' is not a version number: name version files v1.md, v2.md, …");
            return null;
        }
        var document = ContentDocumentParser.Parse(file, BriefingFrontMatter.Parse, diagnostics);
        return document is null ? null : new BriefingVersionSource(path.Groups["slug"].Value, number, document);
    }

    public ISitePart? Model(ModelContext context) => BriefingSet.Build(context);
}
