using Briefing.Testing;

namespace Briefing.Core.Tests.Templates;

public class TemplateSetTests
{
    private static TempDirectory SiteWithTheme()
    {
        var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        site.CopyFrom(RepoPaths.Theme, "theme");
        return site;
    }

    [Fact]
    public void A_template_using_a_name_its_view_model_lacks_fails_the_build()
    {
        using var site = SiteWithTheme();
        site.Write("theme/templates/page.hbs", "{{#> base}}<h1>{{Titel}}</h1>{{/base}}\n");
        var result = SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), site.Path);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File == "theme/templates/page.hbs" && d.Message.Contains("Titel", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_template_is_reported_by_name()
    {
        using var site = SiteWithTheme();
        File.Delete(site.Combine("theme", "templates", "404.hbs"));
        var result = SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), site.Path);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("theme/templates/404.hbs", error.File);
    }

    [Fact]
    public void Assets_are_published_under_content_hashed_names()
    {
        var result = SiteBuilds.Render(RepoPaths.Fixture("01-minimal"));
        var css = Assert.Single(result.Files, f => f.Path.StartsWith("assets/style.", StringComparison.Ordinal));
        Assert.Matches("^assets/style\\.[0-9a-f]{10}\\.css$", css.Path);
        Assert.Contains($"href=\"/{css.Path}\"", result.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Author_text_in_front_matter_is_html_escaped()
    {
        using var site = SiteWithTheme();
        site.Write("input/briefings/older-note/v1.md", "---\ntitle: \"<script>alert(1)</script>\"\ndate: 2024-11-30\nsummary: s\nbyline: b\n---\nBody\n");
        var result = SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), site.Path);
        var html = result.Text("briefings/older-note/index.html");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }
}
