using Briefing.Core.Links;
using Briefing.Testing;

namespace Briefing.Core.Tests.Briefings;

/// <summary>
/// A tag that an older version carries and the latest dropped: the older version's page still links
/// to its tag, so the tag page must exist, and it lists the briefing once.
/// </summary>
public sealed class OlderVersionTagTests
{
    private const string Site = "title: T\ndescription: D\nbase_url: https://x.example/\nlanguage: en\nauthor: A\n";

    private static Core.Build.BuildResult Build()
    {
        using var root = new TempDirectory();
        root.Write("input/site.yml", Site);
        root.Write("input/briefings/levy/v1.md",
            "---\ntitle: The levy\ndate: 2025-01-10\nsummary: S\nbyline: B\ntags: [ports, fishing]\n---\n\nFirst text.\n");
        root.Write("input/briefings/levy/v2.md",
            "---\ntitle: The levy\ndate: 2025-01-12\nsummary: S\nbyline: B\ntags: [ports]\n" +
            "changes:\n  - type: update\n    text: Fishing is no longer part of the story.\n---\n\nSecond text.\n");
        return SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
    }

    [Fact]
    public void Every_tag_link_on_an_older_version_page_goes_to_a_rendered_page()
    {
        var result = Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = "briefings/levy/v1/index.html";
        var tagLinks = HtmlScan.Links(result.Text(page))
            .Where(l => l.Attribute == "href" && l.Url.Contains("/tags/", StringComparison.Ordinal))
            .Select(l => LinkTarget.Resolve(page, l.Url)!.OutputPath)
            .ToList();

        Assert.Contains("tags/fishing/index.html", tagLinks);
        Assert.All(tagLinks, path => Assert.True(result.Has(path), $"{page} links to {path}, which was not rendered"));
    }

    [Fact]
    public void A_tag_page_lists_a_briefing_once_whichever_versions_carry_the_tag()
    {
        var result = Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Equal(1, Occurrences(result.Text("tags/ports/index.html"), "href=\"/briefings/levy/\""));
        Assert.Equal(1, Occurrences(result.Text("tags/fishing/index.html"), "href=\"/briefings/levy/\""));
    }

    [Fact]
    public void A_tag_page_says_when_only_an_earlier_version_carries_the_tag()
    {
        var result = Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Contains("<a href=\"/briefings/levy/v1/\">Version 1</a> carried this tag; the current version does not.",
            result.Text("tags/fishing/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("carried this tag", result.Text("tags/ports/index.html"), StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
