using System.Globalization;

namespace Briefing.Core.Tension;

/// <summary>A calendar month, the tension index's unit of time. Ordered by year, then month.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>The following month; December is followed by January of the next year.</summary>
    public YearMonth Next() => Month == 12 ? new YearMonth(Year + 1, 1) : new YearMonth(Year, Month + 1);

    /// <summary>How many months after <paramref name="start"/> this month is: 0 for the same month, negative before it.</summary>
    public int MonthsSince(YearMonth start) => (Year - start.Year) * 12 + (Month - start.Month);

    public int CompareTo(YearMonth other) => MonthsSince(other).CompareTo(0);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    /// <summary><c>2025-03</c>: the form used in the downloads and in <c>&lt;time datetime&gt;</c>.</summary>
    public override string ToString() =>
        Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary><c>March 2025</c>: the form readers see.</summary>
    public string ToDisplayString() =>
        new DateOnly(Year, Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
