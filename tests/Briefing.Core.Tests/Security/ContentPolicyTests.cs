using Briefing.Core.Content;
using Briefing.Testing.Security;
using Briefing.Testing;

namespace Briefing.Core.Tests.Security;

/// <summary>The content policy of docs/authoring-security.md, one rule per test, with the exact message location.</summary>
public sealed class ContentPolicyTests
{
    private static HostilePayload Payload(string text) => new("test", text);

    private static Core.Build.BuildResult Render(TempDirectory root, string payload, PayloadPlace place) =>
        SiteBuilds.Render(PayloadSites.Write(root, Payload(payload), place), displayRoot: root.Path);

    [Fact]
    public void Raw_script_in_a_body_is_refused_with_file_and_line()
    {
        using var root = new TempDirectory();
        var result = Render(root, "<script>alert(1)</script>", PayloadPlace.Body);
        // The briefing's front matter is lines 1-10; the body's third line, where the payload is, is line 13.
        var error = Assert.Single(result.Diagnostics, d => d.File == "input/" + PayloadSites.BriefingFile);
        Assert.Equal(13, error.Line);
        Assert.StartsWith("raw HTML is not allowed (<script>alert(1)</script>)", error.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.File == "input/" + PayloadSites.PageFile && d.Line == 7);
    }

    [Fact]
    public void Inline_html_is_refused_at_its_line_and_column()
    {
        using var root = new TempDirectory();
        var result = Render(root, "Text then <img src=x onerror=alert(1)> more", PayloadPlace.Body);
        var error = Assert.Single(result.Diagnostics, d => d.File == "input/" + PayloadSites.BriefingFile);
        Assert.Equal((13, 11), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("![x](data:image/svg+xml;base64,AAAA)", "data:image/svg+xml;base64,AAAA")]
    [InlineData("[x](VBScript:msgbox(1))", "VBScript:msgbox(1)")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("[x][r]\n\n[r]: java&#115;cript:alert(1)", "javascript:alert(1)")]
    public void Links_and_images_with_a_scheme_other_than_http_https_or_mailto_are_refused(string markdown, string shownUrl)
    {
        using var root = new TempDirectory();
        var result = Render(root, markdown, PayloadPlace.Body);
        var error = Assert.Single(result.Diagnostics, d => d.File == "input/" + PayloadSites.BriefingFile);
        Assert.Equal(13, error.Line);
        Assert.Contains($"'{shownUrl}' is not allowed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](https://example.org/a?b=c#d)")]
    [InlineData("[x](http://example.org/)")]
    [InlineData("[x](mailto:desk@example.org)")]
    [InlineData("[x](/briefings/hostile/#p-1)")]
    [InlineData("[x](/notes/)")]
    [InlineData("<https://example.org/>")]
    [InlineData("Use `<script>` in a code span, or \\<b> escaped.")]
    public void Safe_links_and_escaped_markup_are_published(string markdown)
    {
        using var root = new TempDirectory();
        var result = Render(root, markdown, PayloadPlace.Body);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Html_in_front_matter_strings_is_published_as_text()
    {
        using var root = new TempDirectory();
        var result = Render(root, "<b onclick=\"x\">Bold</b> & \"quoted\"", PayloadPlace.FrontMatter);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = result.Text("briefings/hostile/index.html");
        var heading = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("h1")!;
        Assert.Equal("<b onclick=\"x\">Bold</b> & \"quoted\"", heading.TextContent);
        Assert.Equal(0, heading.ChildElementCount);
        Assert.Empty(HtmlSafety.Violations(html));
    }

    [Theory]
    [InlineData("briefings/hostile/index.html")]
    [InlineData("index.html")]
    [InlineData("tags/script-alert-1-script/index.html")]
    public void Html_in_a_tag_is_published_as_text(string page)
    {
        using var root = new TempDirectory();
        var result = Render(root, "<script>alert(1)</script>", PayloadPlace.Tag);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = result.Text(page);
        Assert.True(HtmlSafety.Violations(html).Count == 0, html);
    }

    [Fact]
    public void Template_syntax_in_a_body_stays_text()
    {
        using var root = new TempDirectory();
        var result = Render(root, "{{ Site.Title }} and {{ include \"tags\" }} and {%{ x }%} and {{> base}}", PayloadPlace.Body);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<p id=\"p-2\">{{ Site.Title }} and {{ include &quot;tags&quot; }} and {%{ x }%} and {{&gt; base}}</p>", result.Text("briefings/hostile/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Invoice\u202Egpj.exe", "U+202E (right-to-left override)")]
    [InlineData("a \u2066hidden\u2069 b", "U+2066 (directional isolate)")]
    [InlineData("bell \u0007 here", "U+0007 (control character)")]
    public void Bidi_overrides_and_control_characters_in_a_title_are_refused_with_line_and_column(string title, string named)
    {
        using var root = new TempDirectory();
        var result = RenderPageTitled(root, title);
        var error = result.Diagnostics[0];
        Assert.Equal(("input/pages/p.md", 2), (error.File, error.Line));
        Assert.Equal(8 + title.IndexOfAny(['\u202E', '\u2066', '\u0007']), error.Column);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Invoice\\u202Egpj.exe\"", "U+202E")]
    [InlineData("\"Bell\\a here\"", "U+0007")]
    [InlineData("\"Line\\nthen bell\\x07\"", "U+0007")]
    public void A_bidi_override_or_control_character_written_as_a_yaml_escape_is_refused_even_beside_a_line_break(string title, string named)
    {
        using var root = new TempDirectory();
        var result = RenderPageTitled(root, title);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/pages/p.md", 2, "title"), (error.File, error.Line, error.Field));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(">-\n  A folded title\n  over two lines", "A folded title over two lines")]
    [InlineData(">\n  A folded title\n  over two lines", "A folded title over two lines\n")]
    [InlineData("|\n  A literal title\n  over two lines", "A literal title\nover two lines\n")]
    public void A_block_scalar_title_is_published_as_yaml_reads_it(string yaml, string expected)
    {
        using var root = new TempDirectory();
        var result = RenderPageTitled(root, yaml);
        Assert.Empty(result.Diagnostics);
        Assert.Contains($"<h1>{expected}</h1>", result.Text("p/index.html"), StringComparison.Ordinal);
    }

    // A site of one page, its title written as the YAML that follows "title: ".
    private static Core.Build.BuildResult RenderPageTitled(TempDirectory root, string title)
    {
        root.Write("input/site.yml", "title: T\ndescription: D\nbase_url: https://x.example/\nlanguage: en\nauthor: A\n");
        root.Write("input/pages/p.md", $"---\ntitle: {title}\n---\n\nText.\n");
        return SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
    }

    [Fact]
    public void Aligned_table_columns_get_classes_not_style_attributes()
    {
        using var root = new TempDirectory();
        var result = Render(root, "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |", PayloadPlace.Body);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = result.Text("briefings/hostile/index.html");
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"align-center\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"align-right\">c</th>", html, StringComparison.Ordinal);
    }
}
