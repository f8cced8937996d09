using Briefing.Core.Events;

namespace Briefing.Core.Schemas;

/// <summary>
/// Types that front matter writes as one string and that the loader parses further (an event's date,
/// an actor code), with the pattern the string must match. The patterns are built from the same data the
/// parsers use (the actor roles), so a new role reaches the schema without editing it here.
/// </summary>
public static class ScalarTypes
{
    /// <summary><c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> when only the month is known.</summary>
    public const string EventDatePattern = "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$";

    /// <summary>A country code in capitals, optionally <c>:ROLE</c> with a known CAMEO role.</summary>
    public static string ActorPattern => $"^[A-Z]{{3}}(:({string.Join('|', ActorRoles.Codes)}))?$";

    /// <summary>How the authoring guide names the type.</summary>
    public static string? LabelOf(Type type) =>
        type == typeof(EventDate) ? "date, `YYYY-MM-DD` or `YYYY-MM`"
        : type == typeof(Actor) ? "actor code, `AAA` or `AAA:ROLE`"
        : null;

    public static string? PatternOf(Type type) =>
        type == typeof(EventDate) ? EventDatePattern
        : type == typeof(Actor) ? ActorPattern
        : null;
}
