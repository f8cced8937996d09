using Briefing.Core.Tension;

namespace Briefing.Core.Tests.Tension;

public sealed class TensionViewFactoryTests
{
    private static readonly DyadNames Names = new("Azerbaijan", "Russia");

    // The worked example: T = 75.0, 75.0 (carried), 39.4.
    private static IReadOnlyList<TensionMonth> WorkedExample() => TensionIndex.Compute(
        [
            new TensionEvent(new YearMonth(2025, 1), -50, "AZE", "RUS", "a", "/events/a/", "A"),
            new TensionEvent(new YearMonth(2025, 3), 80, "AZE", "RUS", "b", "/events/b/", "B"),
            new TensionEvent(new YearMonth(2025, 3), -20, "RUS", "AZE", "c", "/events/c/", "C"),
        ],
        new Dyad("AZE", "RUS"));

    [Theory]
    [InlineData(TensionTrend.Deteriorated, "\u2191", "deteriorated")]
    [InlineData(TensionTrend.Improved, "\u2193", "improved")]
    [InlineData(TensionTrend.Unchanged, "\u2192", "unchanged")]
    [InlineData(TensionTrend.None, "\u2014", "first month")]
    public void Every_arrow_comes_with_a_word(TensionTrend trend, string arrow, string word)
    {
        var view = TensionViewFactory.Trend(trend);

        Assert.Equal((arrow, word), (view.Arrow, view.Word));
    }

    [Fact]
    public void Chart_description_names_the_period_the_extremes_and_the_latest_value() =>
        Assert.Equal(
            "Tension between Azerbaijan and Russia on a scale of 0 to 100 (100 most hostile), monthly from January 2025 to March 2025: "
            + "it began at 75.0, was highest at 75.0 in January 2025, lowest at 39.4 in March 2025, and stood at 39.4 in March 2025.",
            TensionViewFactory.Describe(WorkedExample(), Names));

    [Fact]
    public void Current_value_is_the_last_month_with_a_true_minus_sign_for_the_score()
    {
        var current = TensionViewFactory.Current(WorkedExample(), Names, "/tension/")!;

        Assert.Equal(("39.4", "2.1", "March 2025", "2025-03", "improved"), (current.T, current.S, current.MonthText, current.MonthIso, current.Trend.Word));
        Assert.Equal("\u22125.0", TensionViewFactory.Row(WorkedExample()[0]).S);
    }

    [Fact]
    public void No_months_means_no_current_value_and_no_chart()
    {
        Assert.Null(TensionViewFactory.Current([], Names, "/tension/"));
        Assert.Null(TensionViewFactory.Chart([], Names));
    }

    [Fact]
    public void Chart_and_sparkline_have_distinct_ids_for_their_labels()
    {
        var chart = TensionViewFactory.Chart(WorkedExample(), Names)!;
        var spark = TensionViewFactory.Sparkline(WorkedExample(), Names)!;

        Assert.Equal(4, new[] { chart.TitleId, chart.DescId, spark.TitleId, spark.DescId }.Distinct().Count());
    }
}
