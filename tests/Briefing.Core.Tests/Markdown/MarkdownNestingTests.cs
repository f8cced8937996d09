using Briefing.Core.Markdown;

namespace Briefing.Core.Tests.Markdown;

public sealed class MarkdownNestingTests
{
    [Fact]
    public void Prose_passes()
    {
        Assert.Null(MarkdownNesting.FindTooDeep("# Title\n\nA [link](https://example.org) and\n\n- a list\n  - nested\n\n> a quote\n"));
    }

    [Fact]
    public void A_line_with_more_brackets_than_the_limit_is_refused_at_its_line()
    {
        var markdown = "first\n\nsecond " + new string('[', MarkdownNesting.MaxBrackets + 1) + "\nthird\n";

        var problem = MarkdownNesting.FindTooDeep(markdown);

        Assert.NotNull(problem);
        Assert.Equal(3, problem.Line);
        Assert.Contains("brackets", problem.Message, StringComparison.Ordinal);
    }

    // The limit is per line (Markdig's cost is in matching a line's brackets): more than it in all, spread over lines
    // that each keep within it, passes; one line over it does not.
    [Fact]
    public void Brackets_count_per_line_not_per_text()
    {
        var line = new string('[', MarkdownNesting.MaxBrackets) + "\n";
        var spread = string.Concat(Enumerable.Repeat(line, 3));
        var onOneLine = spread + "[" + line;

        Assert.Null(MarkdownNesting.FindTooDeep(spread));
        Assert.Equal(4, MarkdownNesting.FindTooDeep(onOneLine)?.Line);
        Assert.Null(MarkdownNesting.FindTooDeep(new string('[', MarkdownNesting.MaxBrackets)));
    }

    [Fact]
    public void Deep_indentation_and_stacked_markers_are_refused_at_their_lines()
    {
        var indented = "ok\n" + new string(' ', MarkdownNesting.MaxIndent + 1) + "x\n";
        var stacked = "ok\nok\n" + string.Concat(Enumerable.Repeat("> ", MarkdownNesting.MaxMarkers + 1)) + "x\n";

        Assert.Equal(2, MarkdownNesting.FindTooDeep(indented)?.Line);
        Assert.Equal(3, MarkdownNesting.FindTooDeep(stacked)?.Line);
        Assert.Null(MarkdownNesting.FindTooDeep(string.Concat(Enumerable.Repeat("> ", MarkdownNesting.MaxMarkers)) + "x\n"));
    }
}
