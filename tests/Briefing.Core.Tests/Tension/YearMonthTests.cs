using Briefing.Core.Tension;

namespace Briefing.Core.Tests.Tension;

public sealed class YearMonthTests
{
    [Fact]
    public void December_is_followed_by_January_of_the_next_year() =>
        Assert.Equal(new YearMonth(2025, 1), new YearMonth(2024, 12).Next());

    [Fact]
    public void Months_since_counts_across_years() =>
        Assert.Equal(14, new YearMonth(2025, 3).MonthsSince(new YearMonth(2024, 1)));

    [Fact]
    public void Prints_as_year_dash_month_and_as_words()
    {
        Assert.Equal("2025-03", new YearMonth(2025, 3).ToString());
        Assert.Equal("March 2025", new YearMonth(2025, 3).ToDisplayString());
    }

    [Fact]
    public void A_thirteenth_month_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(2025, 13));
}
