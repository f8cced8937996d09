using Briefing.Core.Briefings;

namespace Briefing.Core.Tests.Briefings;

public class VersionDifferTests
{
    private const string FiveParagraphs = "Alpha one.\n\nBravo two.\n\nCharlie three.\n\nDelta four.\n\nEcho five.\n";

    [Fact]
    public void Identical_texts_have_no_changes_and_keep_only_headings_between_collapsed_stretches()
    {
        const string text = "## Intro\n\nA one.\n\nB two.\n\n## Next\n\nC three.\n\nD four.\n\nE five.\n";

        var diff = VersionDiffer.Compare(text, text);

        Assert.False(diff.HasChanges);
        Assert.Equal("= h2: Intro\n… 2\n= h2: Next\n… 3", DiffText.Describe(diff));
        Assert.Equal(0, diff.InsertedWords);
        Assert.Equal(0, diff.DeletedWords);
    }

    [Fact]
    public void A_heading_turned_paragraph_is_a_change_even_when_the_paragraph_spells_the_headings_key()
    {
        // Paragraphs are compared by their own text, headings by level and text joined by U+0001: a paragraph holding
        // that separator must still never match a heading.
        var older = new[] { TextBlock.Heading(2, "Title"), TextBlock.Paragraph("Body text.") };
        var newer = new[] { TextBlock.Paragraph("2\u0001Title"), TextBlock.Paragraph("Body text.") };

        var diff = VersionDiffer.Compare(older, newer);

        Assert.True(diff.HasChanges);
        Assert.Equal(DiffBlockKind.Unchanged, diff.Blocks[^1].Kind);
        Assert.NotEqual(DiffBlockKind.Unchanged, diff.Blocks[0].Kind);
    }

    [Fact]
    public void Everything_changed_shows_every_old_block_removed_and_every_new_block_added()
    {
        var diff = VersionDiffer.Compare("Alpha beta gamma.\n\nDelta epsilon.\n", "One two three.\n\nFour five.\n");

        Assert.True(diff.HasChanges);
        Assert.Equal("- p: Alpha beta gamma.\n- p: Delta epsilon.\n+ p: One two three.\n+ p: Four five.", DiffText.Describe(diff));
        Assert.Equal(5, diff.InsertedWords);
        Assert.Equal(5, diff.DeletedWords);
    }

    [Fact]
    public void Added_paragraph_is_shown_with_one_block_of_context_either_side()
    {
        var newer = "Alpha one.\n\nBravo two.\n\nXray new.\n\nCharlie three.\n\nDelta four.\n\nEcho five.\n";

        var diff = VersionDiffer.Compare(FiveParagraphs, newer);

        Assert.Equal("… 1\n= p: Bravo two.\n+ p: Xray new.\n= p: Charlie three.\n… 2", DiffText.Describe(diff));
        Assert.Equal(2, diff.InsertedWords);
        Assert.Equal(0, diff.DeletedWords);
    }

    [Fact]
    public void Removed_paragraph_is_shown_where_it_stood()
    {
        var newer = "Alpha one.\n\nBravo two.\n\nDelta four.\n\nEcho five.\n";

        var diff = VersionDiffer.Compare(FiveParagraphs, newer);

        Assert.Equal("… 1\n= p: Bravo two.\n- p: Charlie three.\n= p: Delta four.\n… 1", DiffText.Describe(diff));
        Assert.Equal(2, diff.DeletedWords);
    }

    [Fact]
    public void Moved_paragraph_is_removed_from_its_old_place_and_added_at_its_new_one()
    {
        var newer = "Bravo two.\n\nCharlie three.\n\nDelta four.\n\nAlpha one.\n\nEcho five.\n";

        var diff = VersionDiffer.Compare(FiveParagraphs, newer);

        Assert.Equal("- p: Alpha one.\n= p: Bravo two.\n… 1\n= p: Delta four.\n+ p: Alpha one.\n= p: Echo five.", DiffText.Describe(diff));
    }

    [Fact]
    public void One_word_change_marks_only_that_word_inside_the_paragraph()
    {
        var diff = VersionDiffer.Compare(
            "Intro.\n\nA shift away from Russian influence the region.\n",
            "Intro.\n\nA shift away from Russian influence in the region.\n");

        Assert.Equal("= p: Intro.\n~ p: A shift away from Russian influence [+in] the region.", DiffText.Describe(diff));
        Assert.Equal(1, diff.InsertedWords);
        Assert.Equal(0, diff.DeletedWords);
    }

    [Fact]
    public void Replaced_word_shows_the_deletion_before_the_insertion()
    {
        var diff = VersionDiffer.Compare("The cat sat on the mat.\n", "The cat sat on the rug.\n");

        Assert.Equal("~ p: The cat sat on the [-mat.] [+rug.]", DiffText.Describe(diff));
    }

    [Fact]
    public void Changed_heading_is_diffed_word_by_word_and_keeps_its_level()
    {
        var diff = VersionDiffer.Compare("## Old title\n\nBody.\n", "## New title\n\nBody.\n");

        Assert.Equal("~ h2: [-Old] [+New] title\n= p: Body.", DiffText.Describe(diff));
    }

    [Fact]
    public void Rewritten_paragraph_sharing_under_half_its_words_is_shown_removed_then_added()
    {
        var diff = VersionDiffer.Compare("Keep.\n\nOne two three four.\n", "Keep.\n\nOne five six seven.\n");

        Assert.Equal("= p: Keep.\n- p: One two three four.\n+ p: One five six seven.", DiffText.Describe(diff));
    }

    [Fact]
    public void Markdown_markers_and_line_wrapping_are_not_changes()
    {
        var diff = VersionDiffer.Compare("Some *emphasis* here\nand there.\n", "Some emphasis here and there.\n");

        Assert.False(diff.HasChanges);
        Assert.Equal("… 1", DiffText.Describe(diff));
    }

    [Fact]
    public void Added_list_item_is_one_block_of_its_own()
    {
        var diff = VersionDiffer.Compare("- first\n- second\n", "- first\n- second\n- third\n");

        Assert.Equal("… 1\n= p: second\n+ p: third", DiffText.Describe(diff));
    }

    [Fact]
    public void Empty_old_text_shows_everything_added()
    {
        var diff = VersionDiffer.Compare("", "## Title\n\nNew text.\n");

        Assert.Equal("+ h2: Title\n+ p: New text.", DiffText.Describe(diff));
    }
}
