using System.Globalization;
using Briefing.Core.Text;

namespace Briefing.Core.Events;

/// <summary>
/// When an event happened, as precisely as the sources say: a day (<c>2025-06-27</c>) or only a
/// month (<c>2025-06</c>, <see cref="Day"/> null). Sorts by year, month, then day, with a
/// month-precision date before every day of its month. Its text form is ISO 8601.
/// </summary>
public sealed record EventDate(int Year, int Month, int? Day) : IComparable<EventDate>
{
    /// <summary>True when the sources give only the month.</summary>
    public bool IsMonthPrecision => Day is null;

    /// <summary>The first day of the month, for month-precision dates, or the day itself.</summary>
    public DateOnly FirstDay => new(Year, Month, Day ?? 1);

    /// <summary>The month as <c>YYYY-MM</c>, the key the timeline and the tension index group by.</summary>
    public string MonthText => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>Parses <c>YYYY-MM-DD</c> or <c>YYYY-MM</c>; null with a reason when the text is neither or names a day that does not exist.</summary>
    public static EventDate? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('-');
        if (parts.Length is < 2 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => AsciiText.AllDigits(p)))
        {
            error = $"'{text}' is not a date: write YYYY-MM-DD, or YYYY-MM when the sources give only the month";
            return null;
        }
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12)
        {
            error = $"'{text}' is not a date: the month must be 01 to 12";
            return null;
        }
        if (parts.Length == 2)
        {
            return new EventDate(year, month, null);
        }
        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            error = $"'{text}' names a day that does not exist: {MonthName(month)} {year} has {days} days";
            return null;
        }
        return new EventDate(year, month, day);
    }

    public int CompareTo(EventDate? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }
        var byMonth = Month.CompareTo(other.Month);
        return byMonth != 0 ? byMonth : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(EventDate left, EventDate right) => left.CompareTo(right) < 0;

    public static bool operator >(EventDate left, EventDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(EventDate left, EventDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(EventDate left, EventDate right) => left.CompareTo(right) >= 0;

    /// <summary><c>2025-06-27</c>, or <c>2025-06</c> for month precision.</summary>
    public override string ToString() =>
        Day is { } day ? string.Create(CultureInfo.InvariantCulture, $"{MonthText}-{day:D2}") : MonthText;

    /// <summary>"27 June 2025", or "June 2025" for month precision.</summary>
    public string ToDisplayText() =>
        Day is { } day
            ? string.Create(CultureInfo.InvariantCulture, $"{day} {MonthName(Month)} {Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{MonthName(Month)} {Year}");

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
