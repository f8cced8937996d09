using Markdig.Extensions.Tables;
using Markdig.Renderers.Html.Inlines;
using Markdig.Renderers.Html;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;

namespace Briefing.Core.Markdown;

/// <summary>
/// The second line of defence behind <see cref="HostileContent"/>: even when a page is rendered
/// despite errors (a preview, a check), raw HTML comes out as visible text and a refused URL as
/// <c>#</c>, so nothing an author writes reaches a reader's browser as markup.
/// </summary>
internal static class SafeHtmlRenderers
{
    public static void Install(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        renderer.LinkRewriter = url => UrlPolicy.IsAllowed(url) ? url : "#";
    }

    /// <summary>
    /// Pipe tables write column alignment as <c>style="text-align: …"</c>, which the site's CSP
    /// (no inline styles) would block; the theme styles <c>align-left|center|right</c> classes instead.
    /// </summary>
    internal static void MoveTableAlignmentToClasses(IEnumerable<Table> tables)
    {
        foreach (var table in tables)
        {
            foreach (var row in table.OfType<TableRow>())
            {
                foreach (var cell in row.OfType<TableCell>())
                {
                    var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : row.IndexOf(cell);
                    if (index < table.ColumnDefinitions.Count && table.ColumnDefinitions[index].Alignment is { } align)
                    {
                        cell.GetAttributes().AddClass("align-" + align.ToString().ToLowerInvariant());
                    }
                }
            }
            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
                column.Width = 0;
            }
        }
    }

    private sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            renderer.EnsureLine();
            renderer.Write("<p>");
            renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: true);
            renderer.Write("</p>");
            renderer.EnsureLine();
        }
    }

    private sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.WriteEscape(obj.Tag);
    }
}
