using Briefing.Core.Events;

namespace Briefing.Core.Tests.Events;

public sealed class EventDateTests
{
    [Theory]
    [InlineData("2025-06-27", 2025, 6, 27)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2025-06", 2025, 6, null)]
    public void Parses_day_and_month_precision(string text, int year, int month, int? day)
    {
        var date = EventDate.Parse(text, out var error);
        Assert.Null(error);
        Assert.Equal(new EventDate(year, month, day), date);
        Assert.Equal(text, date!.ToString());
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-02-30")]
    [InlineData("2025-04-31")]
    [InlineData("2025-13")]
    [InlineData("2025-00-10")]
    [InlineData("2025-6-1")]
    [InlineData("2025")]
    [InlineData("25-06-27")]
    [InlineData("2025-06-27T10:00")]
    public void Refuses_dates_that_are_malformed_or_do_not_exist(string text)
    {
        Assert.Null(EventDate.Parse(text, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Month_precision_sorts_before_the_days_of_its_month_and_after_the_previous_month()
    {
        var dates = new[] { "2025-07-01", "2025-06-30", "2025-06", "2025-05-31", "2024-12-25" }
            .Select(t => EventDate.Parse(t, out _)!)
            .Order()
            .Select(d => d.ToString());
        Assert.Equal(["2024-12-25", "2025-05-31", "2025-06", "2025-06-30", "2025-07-01"], dates);
    }

    [Theory]
    [InlineData("2025-06-27", "27 June 2025")]
    [InlineData("2025-06", "June 2025")]
    public void Display_text_shows_only_the_precision_the_sources_give(string iso, string expected)
    {
        Assert.Equal(expected, EventDate.Parse(iso, out _)!.ToDisplayText());
    }

    [Fact]
    public void A_date_view_is_each_dates_own_however_many_dates_were_viewed_before()
    {
        // Views are made once per date and shared: equal dates share one, and no date gets another's.
        var dates = new[] { "2025-06-27", "2025-06", "2025-06-28", "2025-06-27" }.Select(t => EventDate.Parse(t, out _)!).ToArray();
        var views = dates.Select(d => d.View()).ToArray();
        Assert.Equal(["27 June 2025", "June 2025", "28 June 2025", "27 June 2025"], views.Select(v => v.Text));
        Assert.Equal(["2025-06-27", "2025-06", "2025-06-28", "2025-06-27"], views.Select(v => v.Iso));
        Assert.Same(views[0], views[3]);
    }
}
