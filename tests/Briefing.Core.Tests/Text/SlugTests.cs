using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("The Downing of AZAL Flight 8243: A Catalyst for Tension", "the-downing-of-azal-flight-8243-a-catalyst-for-tension")]
    [InlineData("Russia’s Growing Aggression and Azerbaijan’s Response", "russias-growing-aggression-and-azerbaijans-response")]
    [InlineData("  Leading and trailing  ", "leading-and-trailing")]
    [InlineData("energy", "energy")]
    [InlineData("azal-flight-8243", "azal-flight-8243")]
    [InlineData("-energy", "energy")]
    [InlineData("energy-", "energy")]
    [InlineData("energy--policy", "energy-policy")]
    [InlineData("Energy", "energy")]
    [InlineData("energy_policy", "energy-policy")]
    [InlineData("ener gy", "ener-gy")]
    [InlineData("Ağdam — Şuşa", "agdam-susa")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("!!!", "")]
    public void Slug_is_lower_case_with_single_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    // The stated rule for Latin letters: marks are dropped, and the letters with no mark to drop have a fixed spelling.
    [Theory]
    [InlineData("Qarabağ", "qarabag")]
    [InlineData("Şuşa", "susa")]
    [InlineData("Əliyev", "eliyev")]
    [InlineData("Gəncə", "gence")]
    [InlineData("Ilham Əliyev, Bakı", "ilham-eliyev-baki")]
    [InlineData("Çövlük Üçün", "covluk-ucun")]
    [InlineData("Über Straße", "uber-strasse")]
    [InlineData("Łódź, Øresund, Þingvellir", "lodz-oresund-thingvellir")]
    public void Latin_letters_are_transliterated_by_the_stated_rule(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    // Other scripts keep their letters, lower-cased: a Russian or Georgian title does not lose its words.
    [Theory]
    [InlineData("Москва", "москва")]
    [InlineData("Газпром и SOCAR", "газпром-и-socar")]
    [InlineData("Ελλάδα", "ελλαδα")]
    [InlineData("საქართველო", "საქართველო")]
    [InlineData("Հայաստան", "հայաստան")]
    public void Letters_of_other_scripts_are_kept(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("qarabag", true)]
    [InlineData("москва", true)]
    [InlineData("Qarabağ", false)]
    public void A_file_name_in_another_script_is_a_valid_slug_when_already_in_slug_form(string slug, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(slug));

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

public class EscapedUrlTests
{
    [Fact]
    public void A_url_with_letters_of_another_script_is_percent_encoded_for_the_sitemap() =>
        Assert.Equal("https://example.org/tags/%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0/", Briefing.Core.Site.Urls.Escaped("https://example.org/tags/москва/"));

    [Fact]
    public void An_ascii_url_is_unchanged() =>
        Assert.Equal("https://example.org/tags/qarabag/", Briefing.Core.Site.Urls.Escaped("https://example.org/tags/qarabag/"));
}
