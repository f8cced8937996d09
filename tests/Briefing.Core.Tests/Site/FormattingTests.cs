using Briefing.Core.Site;

namespace Briefing.Core.Tests.Site;

public sealed class FormattingTests
{
    // Values on the scale in tenths come from a table made once; the others are formatted as they come. Both read alike.
    [Theory]
    [InlineData("3.5", "+3.5")]
    [InlineData("-10", "\u221210.0")]
    [InlineData("-10.0", "\u221210.0")]
    [InlineData("10", "+10.0")]
    [InlineData("0", "0.0")]
    [InlineData("-0.0", "0.0")]
    [InlineData("0.1", "+0.1")]
    [InlineData("-7.2", "\u22127.2")]
    [InlineData("7.04", "+7.0")]
    [InlineData("-1.26", "\u22121.3")]
    [InlineData("12.5", "+12.5")]
    [InlineData("-10.1", "\u221210.1")]
    public void A_goldstein_value_has_its_sign_and_one_decimal(string value, string expected)
    {
        Assert.Equal(expected, Formatting.Goldstein(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
