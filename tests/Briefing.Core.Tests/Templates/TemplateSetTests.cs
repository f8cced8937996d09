using Briefing.Core.Diagnostics;
using Briefing.Testing;

namespace Briefing.Core.Tests.Templates;

/// <summary>The theme loads from theme/, and every mistake in it is a located build error, never empty output or a stack trace.</summary>
public class TemplateSetTests
{
    // The fixture's about page is rendered with page.sbn; each test writes its own page.sbn.
    private static IReadOnlyList<Diagnostic> BuildWithPageTemplate(string pageTemplate)
    {
        using var site = TempDirectory.WithSite("01-minimal");
        site.Write("theme/templates/page.sbn", pageTemplate);
        var result = SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), site.Path);
        Assert.False(result.Succeeded);
        return result.Diagnostics;
    }

    [Fact]
    public void A_misspelt_variable_is_an_error_at_its_line_and_column()
    {
        var error = Assert.Single(BuildWithPageTemplate("{{~ wrap layout \"base\" ~}}\n<h1>{{ Titel }}</h1>\n{{~ end ~}}\n"));
        Assert.StartsWith("theme/templates/page.sbn:2:8: error: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("`Titel` was not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_member_is_an_error_naming_the_members_the_view_model_has()
    {
        var error = Assert.Single(BuildWithPageTemplate("{{~ wrap layout \"base\" ~}}\n<p>{{ Meta.Titel }}</p>\n{{~ end ~}}\n"));
        Assert.StartsWith("theme/templates/page.sbn:2:12: error: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("PageMeta has no member 'Titel'", error.Message, StringComparison.Ordinal);
        Assert.Contains("DocumentTitle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_a_view_model_member_is_an_error_at_its_line()
    {
        var error = Assert.Single(BuildWithPageTemplate("{{~ wrap layout \"base\" ~}}\n{{ x = 1 }}{{ Title = \"other\" }}\n{{~ end ~}}\n"));
        Assert.Equal(("theme/templates/page.sbn", 2), (error.File, error.Line));
        Assert.Contains("Title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_include_is_an_error_at_its_name_even_where_no_page_reaches()
    {
        var error = Assert.Single(BuildWithPageTemplate("{{~ wrap layout \"base\" ~}}\n{{ if false }}\n  {{ include \"tagz\" }}\n{{ end }}\n{{~ end ~}}\n"));
        Assert.StartsWith("theme/templates/page.sbn:3:14: error: include \"tagz\": there is no theme file partials/tagz.sbn", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_layout_is_an_error_at_its_name()
    {
        var error = Assert.Single(BuildWithPageTemplate("{{~ wrap layout \"bsae\" ~}}\n<h1>{{ Title }}</h1>\n{{~ end ~}}\n"));
        Assert.StartsWith("theme/templates/page.sbn:1:17: error: layout \"bsae\": there is no theme file layouts/bsae.sbn", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_parse_error_is_an_error_at_its_line_and_column()
    {
        var error = Assert.Single(BuildWithPageTemplate("{{~ wrap layout \"base\" ~}}\n<h1>{{ Title }</h1>\n{{~ end ~}}\n"));
        Assert.StartsWith("theme/templates/page.sbn:2:14: error: template does not parse: Invalid token found `}`", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_outside_the_partials_folder_is_refused_at_its_name()
    {
        var error = Assert.Single(BuildWithPageTemplate("{{~ wrap layout \"base\" ~}}\n{{ include \"../layouts/base\" }}\n{{~ end ~}}\n"));
        Assert.StartsWith("theme/templates/page.sbn:2:12: error: include \"../layouts/base\": 'partials/../layouts/base' is not a theme file", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_name_computed_while_rendering_is_checked_too()
    {
        var error = Assert.Single(BuildWithPageTemplate("{{~ wrap layout \"base\" ~}}\n{{ name = \"../../input/site\" }}{{ include name }}\n{{~ end ~}}\n"));
        Assert.Equal(("theme/templates/page.sbn", 2), (error.File, error.Line));
        Assert.Contains("is not a theme file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_called_without_wrap_is_an_error_saying_how_to_write_it()
    {
        var error = Assert.Single(BuildWithPageTemplate("<h1>{{ Title }}</h1>\n{{ layout \"base\" }}\n"));
        Assert.StartsWith("theme/templates/page.sbn:2:4: error: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("{{ wrap layout \"base\" }}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_outside_a_layout_is_an_error()
    {
        var error = Assert.Single(BuildWithPageTemplate("<h1>{{ Title }}</h1>\n{{ content }}\n"));
        Assert.Equal(("theme/templates/page.sbn", 2), (error.File, error.Line));
        Assert.Contains("only known inside a layout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_is_reported_by_name()
    {
        using var site = TempDirectory.WithSite("01-minimal");
        File.Delete(site.Combine("theme", "templates", "404.sbn"));
        var result = SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), site.Path);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("theme/templates/404.sbn", error.File);
    }

    [Fact]
    public void A_partial_that_is_a_symbolic_link_is_refused()
    {
        using var site = TempDirectory.WithSite("01-minimal");
        var outside = site.Write("secret.sbn", "secret\n");
        File.Delete(site.Combine("theme", "partials", "tags.sbn"));
        File.CreateSymbolicLink(site.Combine("theme", "partials", "tags.sbn"), outside);
        var result = SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), site.Path);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File == "theme/partials/tags.sbn" && d.Message.Contains("symbolic links", StringComparison.Ordinal));
    }

    [Fact]
    public void One_include_call_renders_the_partial_it_names_each_time_with_the_values_it_passes_each_time()
    {
        // The include function resolves a call site once: the name computed and the values passed must still be this call's.
        using var site = TempDirectory.WithSite("01-minimal");
        site.Write("theme/partials/one.sbn", "[one:{{ $word }}]");
        site.Write("theme/partials/two.sbn", "[two:{{ $word }}]");
        site.Write("theme/templates/page.sbn",
            "{{~ wrap layout \"base\" ~}}\n<p id=\"calls\">{{ for n in [\"one\", \"two\", \"one\"] }}{{ include n word: n }}{{ end }}{{ include \"one\" word: \"last\" }}</p>\n{{~ end ~}}\n");
        var result = SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), site.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<p id=\"calls\">[one:one][two:two][one:one][one:last]</p>", result.Text("about/index.html"), StringComparison.Ordinal);
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
    public void An_asset_the_theme_lacks_is_an_error_where_it_is_named()
    {
        using var site = TempDirectory.WithSite("01-minimal");
        var layout = site.Combine("theme", "layouts", "base.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("asset \"events.css\"", "asset \"event.css\"", StringComparison.Ordinal));
        var result = SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), site.Path);
        var error = Assert.Single(result.Diagnostics);
        // The line of base.sbn that names events.css (found, not counted, so an edit above it does not break the test).
        var line = File.ReadAllLines(layout).Select((text, i) => (text, i)).Single(x => x.text.Contains("event.css", StringComparison.Ordinal)).i + 1;
        Assert.Equal(("theme/layouts/base.sbn", line), (error.File, error.Line));
        Assert.Contains("asset 'event.css' is not in theme/assets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Author_text_in_front_matter_is_html_escaped()
    {
        using var site = TempDirectory.WithSite("01-minimal");
        site.Write("input/briefings/older-note/v1.md", "---\ntitle: \"<script>alert(1)</script>\"\ndate: 2024-11-30\nsummary: s\nbyline: b\n---\nBody\n");
        var result = SiteBuilds.Render(site.Combine("input"), site.Combine("theme"), site.Path);
        var html = result.Text("briefings/older-note/index.html");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }
}
