using Briefing.Core.Diagnostics;
using Briefing.Core.Templates;
using Briefing.Testing;

namespace Briefing.Core.Tests.Templates;

/// <summary>Author strings are HTML-escaped wherever a theme writes them, including inside partials.</summary>
public sealed class TemplateEscapingTests
{
    private sealed record Item(string Name);

    private sealed record Model(string Name, IReadOnlyList<Item> Items);

    [Theory]
    [InlineData("{{> item}}")]
    [InlineData("x\n    {{> item}}\ny")]
    [InlineData("x\n\t{{> items}}\ny")]
    [InlineData("{{#> layout}}\n  {{> items}}\n{{/layout}}")]
    public void Values_inside_partials_are_escaped_however_the_partial_is_indented(string page)
    {
        using var theme = new TempDirectory();
        theme.Write("partials/item.hbs", "<b>{{Name}}</b>");
        theme.Write("partials/items.hbs", "{{#each Items}}<i>{{Name}}</i>{{/each}}");
        theme.Write("partials/layout.hbs", "<main>{{> @partial-block}}</main>");
        theme.Write("templates/page.hbs", page);
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(theme.Path, theme.Path, ["page"], diagnostics);
        Assert.NotNull(templates);

        var html = templates.Render("page", new Model("<script>", [new Item("<script>")]));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_indentation_before_a_partial_is_removed()
    {
        Assert.Equal("a\n{{> p}}\n  text {{> q}}\n{{#> layout}}\n    {{x}}",
            TemplateSet.WithoutPartialIndentation("a\n    {{> p}}\n  text {{> q}}\n  {{#> layout}}\n    {{x}}"));
    }
}
