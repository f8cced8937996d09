using Briefing.Core.Tension;

namespace Briefing.Core.Tests.Tension;

public sealed class DyadTests
{
    [Theory]
    [InlineData("AZE", "RUS", true)]
    [InlineData("RUS", "AZE", true)]
    [InlineData("AZE", "AZE", false)]
    [InlineData("AZE", "ARM", false)]
    [InlineData("aze", "rus", false)]
    public void Joins_its_two_countries_in_either_direction_only(string actor1, string actor2, bool expected) =>
        Assert.Equal(expected, new Dyad("AZE", "RUS").Joins(actor1, actor2));

    [Fact]
    public void A_country_cannot_form_a_dyad_with_itself() =>
        Assert.Throws<ArgumentException>(() => new Dyad("AZE", "AZE"));

    [Theory]
    [InlineData(-5.0, -50)]
    [InlineData(8.0, 80)]
    [InlineData(-0.1, -1)]
    [InlineData(10.0, 100)]
    public void G_is_ten_times_the_Goldstein_value(double goldstein, int expected) =>
        Assert.Equal(expected, TensionEvent.ToG((decimal)goldstein));

    [Theory]
    [InlineData(0.25)]
    [InlineData(10.1)]
    public void A_Goldstein_value_off_the_scale_is_refused(double goldstein) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TensionEvent.ToG((decimal)goldstein));
}
