using System.Globalization;
using System.Numerics;

namespace Briefing.Core.Tension;

/// <summary>
/// A number shown to one decimal place, held as a whole number of tenths so that it prints,
/// compares and subtracts exactly. Built from an exact fraction, never from floating point.
/// </summary>
public readonly record struct OneDecimal(int Tenths)
{
    /// <summary>
    /// <paramref name="numerator"/>/<paramref name="denominator"/> tenths, rounded half away from
    /// zero: 2.25 → 2.3 and −2.25 → −2.3 (given as 45/2 and −45/2 tenths).
    /// </summary>
    public static OneDecimal FromTenths(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "the denominator must be positive");
        }
        var magnitude = BigInteger.Divide(2 * BigInteger.Abs(numerator) + denominator, 2 * denominator);
        return new OneDecimal((int)(numerator.Sign < 0 ? -magnitude : magnitude));
    }

    /// <summary>The value in invariant form: <c>-0.5</c>, <c>39.4</c>, <c>75.0</c>.</summary>
    public override string ToString()
    {
        var magnitude = Math.Abs(Tenths);
        var text = (magnitude / 10).ToString(CultureInfo.InvariantCulture) + "." + (magnitude % 10).ToString(CultureInfo.InvariantCulture);
        return Tenths < 0 ? "-" + text : text;
    }

    /// <summary>As readers see it, with a true minus sign (−5.0).</summary>
    public string ToDisplayString() => Tenths < 0 ? "\u2212" + new OneDecimal(-Tenths) : ToString();

    public decimal ToDecimal() => Tenths / 10m;
}
