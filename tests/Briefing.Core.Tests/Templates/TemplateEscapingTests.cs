using System.Text.Json.Serialization;
using Briefing.Core.Diagnostics;
using Briefing.Core.Markdown;
using Briefing.Core.Templates;
using Briefing.Testing;

namespace Briefing.Core.Tests.Templates;

public sealed record EscapingItem(string Name);

public sealed record EscapingModel(string Name, IReadOnlyList<EscapingItem> Items, TrustedHtml Body, string JsonLd);

[JsonSerializable(typeof(EscapingModel))]
internal sealed partial class EscapingJson : JsonSerializerContext;

/// <summary>
/// Every value a template writes is HTML-encoded, wherever it is written (a page, a partial however
/// it is indented, a layout), unless it is <see cref="TrustedHtml"/> from the Markdown renderer.
/// </summary>
public sealed class TemplateEscapingTests
{
    private const string Hostile = "<script>alert('x')</script>";

    private static string Render(string page, string? name = null)
    {
        using var theme = new TempDirectory();
        theme.Write("partials/item.sbn", "<b>{{ $item.Name }}</b>");
        theme.Write("partials/items.sbn", "{{ for item in Items }}<i>{{ item.Name }}</i>{{ end }}");
        theme.Write("layouts/layout.sbn", "<main>{{ content }}</main>");
        theme.Write("templates/page.sbn", page);
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(theme.Path, theme.Path, ["page"], EscapingJson.Default, diagnostics);
        Assert.True(templates is not null, string.Join("\n", diagnostics.Sorted()));
        var body = MarkdownRenderer.Shared.Render("Some **bold** text").Body;
        return templates.Render("page", new EscapingModel(name ?? Hostile, [new EscapingItem(name ?? Hostile)], body, "{\"name\":\"</script><script>alert(1)</script>\"}"));
    }

    // Handlebars.Net wrote an indented standalone partial without escaping; the Scriban theme must not
    // depend on how an include is indented or trimmed either.
    [Theory]
    [InlineData("{{ include \"item\" item: Items[0] }}")]
    [InlineData("x\n    {{ include \"item\" item: Items[0] }}\ny")]
    [InlineData("x\n\t{{~ include \"items\" ~}}\ny")]
    [InlineData("x\n  {{- include \"items\" -}}\n")]
    [InlineData("{{ wrap layout \"layout\" }}\n  {{ include \"items\" }}\n{{ end }}")]
    [InlineData("{{ wrap layout \"layout\" }}{{ Name }}{{ end }}")]
    public void Values_are_escaped_in_partials_and_layouts_however_they_are_indented(string page)
    {
        var html = Render(page);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_character_handlebars_encodes_is_encoded()
    {
        Assert.Equal("&amp; &lt; &gt; &quot; &#x27; &#x60; &#x3D; é", Render("{{ Name }}", "& < > \" ' ` = é"));
    }

    [Fact]
    public void Joined_strings_are_encoded_once()
    {
        Assert.Equal("#a&amp;b", Render("{{ \"#\" + Name }}", "a&b"));
    }

    [Fact]
    public void Html_from_the_markdown_renderer_is_written_as_it_is()
    {
        Assert.Equal("<p>Some <strong>bold</strong> text</p>\n", Render("{{ Body }}"));
    }

    [Fact]
    public void Trusted_html_turned_into_a_string_is_encoded_again()
    {
        Assert.Equal("&lt;p&gt;Some &lt;strong&gt;bold&lt;/strong&gt; text&lt;/p&gt;\n", Render("{{ \"\" + Body }}"));
    }

    [Fact]
    public void Json_ld_cannot_close_its_script_element()
    {
        Assert.Equal("<script type=\"application/ld+json\">{\"name\":\"\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E\"}</script>",
            Render("{{ json_ld JsonLd }}"));
    }
}
