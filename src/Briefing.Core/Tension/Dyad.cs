namespace Briefing.Core.Tension;

/// <summary>
/// The two countries whose relations the index follows, as ISO 3166-1 alpha-3 codes (<c>AZE</c>, <c>RUS</c>).
/// Direction does not matter: an event between them counts whichever of the two acted.
/// </summary>
public sealed record Dyad
{
    public Dyad(string first, string second)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(first);
        ArgumentException.ThrowIfNullOrWhiteSpace(second);
        if (string.Equals(first, second, StringComparison.Ordinal))
        {
            throw new ArgumentException($"a dyad needs two different countries, not {first} twice", nameof(second));
        }
        First = first;
        Second = second;
    }

    public string First { get; }

    public string Second { get; }

    /// <summary>True when the two actors are this dyad's two countries, in either order.</summary>
    public bool Joins(string actor1Country, string actor2Country) =>
        (Is(actor1Country, First) && Is(actor2Country, Second)) || (Is(actor1Country, Second) && Is(actor2Country, First));

    public override string ToString() => $"{First}–{Second}";

    private static bool Is(string country, string code) => string.Equals(country, code, StringComparison.Ordinal);
}
