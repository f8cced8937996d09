using Briefing.Core.Diagnostics;
using Briefing.Testing;

namespace Briefing.Core.Tests.Links;

/// <summary>The internal-link check as a build runs it, on fixture sites copied into a temp folder.</summary>
public class LinkCheckerTests
{
    private static IReadOnlyList<Diagnostic> Check(TempDirectory site) =>
        SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), displayRoot: site.Path).Diagnostics;

    private static TempDirectory Minimal()
    {
        return TempDirectory.WithSite("01-minimal");
    }

    private static void WritePage(TempDirectory site, string body) =>
        site.Write("input/pages/about.md", "---\ntitle: About\n---\n\n" + body);

    [Fact]
    public void Working_links_footnotes_and_anchors_raise_nothing()
    {
        using var site = Minimal();
        WritePage(site, "See [the note](/briefings/first-look/#background), [top](#top), [home](/) and a claim.[^1]\n\n[^1]: A footnote.\n");

        Assert.Empty(Check(site));
    }

    [Fact]
    public void Broken_link_in_markdown_is_reported_at_its_file_line_and_column()
    {
        using var site = Minimal();
        WritePage(site, "First line.\n\nSecond paragraph with [a link](/nowhere/).\n");

        var error = Assert.Single(Check(site));
        Assert.Equal("input/pages/about.md:7:23: error: link '/nowhere/' goes to no page of the site", error.ToString());
    }

    [Fact]
    public void Anchor_missing_on_another_page_names_that_page()
    {
        using var site = Minimal();
        WritePage(site, "[gone](/briefings/first-look/#no-such-part)\n");

        var error = Assert.Single(Check(site));
        Assert.Equal("input/pages/about.md:5:1: error: link '/briefings/first-look/#no-such-part' goes to an anchor that '/briefings/first-look/' does not have: no element has id 'no-such-part'", error.ToString());
    }

    [Fact]
    public void Link_without_its_trailing_slash_is_a_warning_not_an_error()
    {
        using var site = Minimal();
        WritePage(site, "[the list](/briefings)\n");

        var warning = Assert.Single(Check(site));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(5, warning.Line);
        Assert.Contains("write '/briefings/'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_link_written_in_a_template_is_reported_at_the_template_line()
    {
        using var site = Minimal();
        var basePartial = site.Combine("theme", "layouts", "base.sbn");
        File.WriteAllText(basePartial, File.ReadAllText(basePartial).Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\">\n<a href=\"/old-feed.xml\">Feed</a>", StringComparison.Ordinal));
        var line = File.ReadAllLines(basePartial).ToList().FindIndex(l => l.Contains("/old-feed.xml", StringComparison.Ordinal)) + 1;

        var error = Assert.Single(Check(site));
        Assert.Equal($"theme/layouts/base.sbn:{line}:10: error: link '/old-feed.xml' goes to no page of the site", error.ToString());
    }

    [Fact]
    public void Broken_link_a_template_computes_is_reported_against_the_page_template()
    {
        using var site = Minimal();
        var template = site.Combine("theme", "templates", "page.sbn");
        File.WriteAllText(template, File.ReadAllText(template).Replace("{{~ end ~}}", "<a href=\"/x/{{ Title }}/\">computed</a>\n{{~ end ~}}", StringComparison.Ordinal));

        var errors = Check(site);
        var error = Assert.Single(errors);
        Assert.Equal("theme/templates/page.sbn", error.File);
        Assert.Contains("on page 'about/index.html', link '/x/About the fixture/'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_publication_has_no_broken_internal_links()
    {
        var result = SiteBuilds.Render(RepoPaths.Input, displayRoot: RepoPaths.Root);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Files.Count > 5);
    }
}
