namespace Briefing.Core.Tension;

/// <summary>The names of a dyad's two countries, for titles (<see cref="Pair"/>) and for sentences (<see cref="Between"/>).</summary>
public sealed record DyadNames(string First, string Second)
{
    /// <summary><c>Azerbaijan–Russia</c>.</summary>
    public string Pair => $"{First}\u2013{Second}";

    /// <summary><c>Azerbaijan and Russia</c>.</summary>
    public string Between => $"{First} and {Second}";
}
