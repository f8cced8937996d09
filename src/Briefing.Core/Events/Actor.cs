using Briefing.Core.Text;

namespace Briefing.Core.Events;

/// <summary>
/// One side of an event, coded as CAMEO/ACLED-style actors are: an ISO 3166-1 alpha-3 country
/// (<c>AZE</c>) and optionally a CAMEO role (<c>GOV</c>, <c>MIL</c>, …), written <c>AZE:GOV</c>.
/// </summary>
public sealed record Actor(string Country, string? Role)
{
    /// <summary>The code as written in front matter: <c>AZE</c> or <c>AZE:GOV</c>.</summary>
    public string Code => Role is null ? Country : $"{Country}:{Role}";

    /// <summary>The country's name when known (see <see cref="Countries"/>), else its code.</summary>
    public string CountryName => Countries.Name(Country);

    /// <summary>The role's description when known, else null.</summary>
    public string? RoleName => Role is null ? null : ActorRoles.Name(Role);

    /// <summary>Parses <c>AZE</c> or <c>AZE:GOV</c>; null with a reason when the text is not a known country and role.</summary>
    public static Actor? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split(':');
        if (parts.Length > 2 || parts[0].Length != 3 || !AsciiText.AllUpperLetters(parts[0]))
        {
            error = $"'{text}' is not an actor: write an ISO 3166 alpha-3 country code in capitals, optionally with a role (AZE, RUS:MIL)";
            return null;
        }
        if (!Countries.IsKnown(parts[0]))
        {
            error = $"'{parts[0]}' is not an ISO 3166-1 alpha-3 country code";
            return null;
        }
        if (parts.Length == 2 && !ActorRoles.IsKnown(parts[1]))
        {
            error = $"'{parts[1]}' is not a CAMEO actor role; use one of {string.Join(", ", ActorRoles.Codes)}";
            return null;
        }
        // The tables' own strings: two actors on each of 100,000 events would otherwise be 200,000 copies of a few codes.
        return new Actor(Countries.Code(parts[0]), parts.Length == 2 ? ActorRoles.Code(parts[1]) : null);
    }
}
