using Briefing.Core.Markdown;
using Briefing.Testing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Core.Tests.Markdown;

/// <summary>
/// The one walk that gathers what rendering reads must find the same nodes, in the same order, as Markdig's own
/// <c>Descendants</c>, which the four walks it replaced used: heading ids, link checks and the content policy's
/// problems depend on that order.
/// </summary>
public sealed class MarkdownNodesTests
{
    public static TheoryData<string> Documents() => [.. Markdowns()];

    private static List<string> Markdowns()
    {
        var documents = new List<string>
        {
            "# One\n\nText with [a link](https://example.org/) and ![an image](/i.png).\n\n## Two\n\n### Three",
            "- item with [link](/a/)\n  - nested *[emphasised link](/b/)*\n    > quoted [link](/c/)\n\n1. ordered <span>raw</span>",
            "| a | b |\n|:--|--:|\n| [x](/x/) | <b>y</b> |\n\n| c |\n|:-:|\n| d |",
            "Note.[^1] <https://example.org/auto> and <mailto:a@example.org>\n\n[^1]: A footnote with [a link](/f/).\n\n## After the notes",
            "[![image in a link](/img.png)](/target/) [ref][r] <em>raw</em>\n\n[r]: /reference/\n\n<div>\nraw block\n</div>\n\n# Last",
            "> # Quoted heading\n>\n> - [list link](/l/)\n\n    code [not a link](/n/)\n\n```\nfenced <b>\n```",
            "",
        };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "briefings"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            documents.Add(File.ReadAllText(file));
        }
        foreach (var payload in Briefing.Testing.Security.HostilePayloads.All)
        {
            documents.Add(payload.Text);
        }
        return documents;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void One_walk_finds_what_Markdigs_descendants_find_in_the_same_order(string markdown)
    {
        var document = MarkdownRenderer.Shared.Parse(markdown);

        var nodes = MarkdownNodes.Of(document);

        Assert.Equal(document.Descendants<HeadingBlock>(), nodes.Headings, ReferenceEqualityComparer.Instance);
        Assert.Equal(document.Descendants<LinkInline>(), nodes.LinksAndImages, ReferenceEqualityComparer.Instance);
        Assert.Equal(document.Descendants<Table>(), nodes.Tables, ReferenceEqualityComparer.Instance);
        Assert.Equal(document.Descendants().Where(n => n is HtmlBlock or HtmlInline or LinkInline or AutolinkInline), nodes.Judged, ReferenceEqualityComparer.Instance);
    }

    [Fact]
    public void The_documents_hold_every_kind_of_node_the_walk_gathers()
    {
        var all = Markdowns().Select(markdown => MarkdownNodes.Of(MarkdownRenderer.Shared.Parse(markdown))).ToList();

        Assert.Contains(all, n => n.Headings.Count > 1);
        Assert.Contains(all, n => n.LinksAndImages.Count > 1);
        Assert.Contains(all, n => n.Tables.Count > 1);
        Assert.Contains(all, n => n.Judged.OfType<HtmlBlock>().Any() && n.Judged.OfType<HtmlInline>().Any());
        Assert.Contains(all, n => n.Judged.OfType<AutolinkInline>().Any());
    }
}
