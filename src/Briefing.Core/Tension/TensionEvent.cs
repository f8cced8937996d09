namespace Briefing.Core.Tension;

/// <summary>
/// What the tension index needs to know about one event: its month, its weight on the
/// conflict–cooperation scale as the integer <see cref="G"/> = 10 × Goldstein value, the two
/// actors' countries, and how to link to it. Whether it had day precision does not matter:
/// <see cref="Day"/> only orders the events listed for a month.
/// </summary>
public sealed record TensionEvent
{
    public TensionEvent(YearMonth month, int g, string actor1Country, string actor2Country, string id, string url, string title, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(g, -100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(g, 100);
        Month = month;
        G = g;
        Actor1Country = actor1Country;
        Actor2Country = actor2Country;
        Id = id;
        Url = url;
        Title = title;
        Day = day;
    }

    public YearMonth Month { get; }

    /// <summary>Ten times the event's effective Goldstein value: an integer from −100 to +100.</summary>
    public int G { get; }

    public string Actor1Country { get; }

    public string Actor2Country { get; }

    /// <summary>A stable identifier (the event's slug); ties between events of the same day sort by it.</summary>
    public string Id { get; }

    public string Url { get; }

    public string Title { get; }

    /// <summary>The day of the month, or null for an event the sources date only to the month.</summary>
    public int? Day { get; }

    /// <summary>g = 10 × <paramref name="goldstein"/>; the scale has one decimal place, so anything finer is a bug upstream.</summary>
    public static int ToG(decimal goldstein)
    {
        var g = goldstein * 10m;
        if (g != decimal.Truncate(g) || g < -100m || g > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(goldstein), goldstein, "a Goldstein value has one decimal place and lies from -10.0 to +10.0");
        }
        return (int)g;
    }
}
