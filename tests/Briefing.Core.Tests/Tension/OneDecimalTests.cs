using Briefing.Core.Tension;

namespace Briefing.Core.Tests.Tension;

public sealed class OneDecimalTests
{
    [Theory]
    [InlineData(394, "39.4")]
    [InlineData(750, "75.0")]
    [InlineData(0, "0.0")]
    [InlineData(-5, "-0.5")]
    [InlineData(-50, "-5.0")]
    [InlineData(1000, "100.0")]
    public void Prints_one_decimal_in_invariant_form(int tenths, string expected) =>
        Assert.Equal(expected, new OneDecimal(tenths).ToString());

    [Theory]
    [InlineData(45, 2, 23)]    // 22.5 tenths → 23
    [InlineData(-45, 2, -23)]  // −22.5 → −23
    [InlineData(1, 2, 1)]      // 0.5 → 1
    [InlineData(-1, 2, -1)]    // −0.5 → −1
    [InlineData(1, 3, 0)]      // 0.33… → 0
    [InlineData(-2, 3, -1)]    // −0.66… → −1
    [InlineData(149, 10, 15)]  // 14.9 → 15
    [InlineData(-149, 10, -15)]
    [InlineData(144, 10, 14)]
    public void Rounds_fractions_half_away_from_zero(int numerator, int denominator, int expectedTenths) =>
        Assert.Equal(expectedTenths, OneDecimal.FromTenths(numerator, denominator).Tenths);

    [Fact]
    public void Readers_see_a_true_minus_sign() =>
        Assert.Equal("\u22125.0", new OneDecimal(-50).ToDisplayString());
}
