using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("The Downing of AZAL Flight 8243: A Catalyst for Tension", "the-downing-of-azal-flight-8243-a-catalyst-for-tension")]
    [InlineData("Russia’s Growing Aggression and Azerbaijan’s Response", "russias-growing-aggression-and-azerbaijans-response")]
    [InlineData("  Leading and trailing  ", "leading-and-trailing")]
    [InlineData("Ağdam — Şuşa", "agdam-susa")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("!!!", "")]
    public void Slug_is_lower_case_ascii_with_single_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void Slug_does_not_depend_on_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("title-index", Slug.From("TITLE INDEX"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Repeated_headings_get_numbered_anchors()
    {
        var slugs = new UniqueSlugs();
        Assert.Equal(["notes", "notes-1", "notes-2"], new[] { slugs.Next("Notes"), slugs.Next("Notes"), slugs.Next("notes") });
    }

    [Theory]
    [InlineData("breaking-bonds", true)]
    [InlineData("Breaking-Bonds", false)]
    [InlineData("breaking--bonds", false)]
    [InlineData("../etc", false)]
    [InlineData("", false)]
    public void Valid_slugs_are_already_in_slug_form(string slug, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(slug));
}
